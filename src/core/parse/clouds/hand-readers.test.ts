import { describe, it } from 'vitest'
import { entrySchema, readAwsEntry } from './aws-json'
import { incidentSchema, readGcpIncident } from './gcp-json'
import { expectSameReading } from '../test-support/same-reading'
import { readShape } from './shape'

const AWS_ENTRIES: unknown[] = [
  {
    service_name: ' EC2 (Tokyo) ',
    service: 'ec2-ap-northeast-1',
    summary: 's',
    date: '1624564393',
    status: '1',
    description: '<div>x</div>',
  },
  { service_name: 'S3', service: ' s3 ', summary: '', date: 1624564393, status: 2 },
  { service_name: 'S3', service: 's3', summary: 's', date: ' 16 ', status: '  ', description: 7 },
  { service_name: 'S3', service: 's3', summary: 's', date: '16', status: null, description: null },
  { service_name: '  ', service: 's3', summary: 's', date: '16' },
  { service_name: 'S3', service: 's3', summary: 3, date: '16' },
  { service_name: 'S3', service: 's3', summary: 's', date: '' },
  { service_name: 'S3', service: 's3', summary: 's' },
  [],
  null,
]

const GCP_INCIDENTS: unknown[] = [
  {
    id: ' a1 ',
    external_desc: 'd',
    begin: '2022-07-01T00:00:00+00:00',
    end: null,
    modified: 'm',
    status_impact: 'SERVICE_OUTAGE',
    severity: 'high',
    service_name: 'BigQuery',
    affected_products: [{ title: 'x' }],
    uri: 'incidents/a1',
    updates: [{}],
    extra: 1,
  },
  { id: 'a2', external_desc: '', begin: '', end: 5, affected_products: 'none', updates: null },
  { id: '   ', external_desc: 'd', begin: 'b' },
  { id: 'a3', external_desc: 1, begin: 'b' },
  { id: 'a4', external_desc: 'd' },
  { external_desc: 'd', begin: 'b' },
  'text',
]

describe('hand-written readers of the plain shapes', () => {
  it('read AWS data.json entries exactly as entrySchema does, broken ones included', () => {
    expectSameReading(readAwsEntry, (raw) => readShape(entrySchema, raw), AWS_ENTRIES)
  })

  it('read GCP incidents exactly as incidentSchema does, broken ones included', () => {
    expectSameReading(readGcpIncident, (raw) => readShape(incidentSchema, raw), GCP_INCIDENTS)
  })
})
