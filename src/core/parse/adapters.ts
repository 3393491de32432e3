import type { FeedAdapter } from './adapter'
import {
  awsJsonAdapter,
  awsRssAdapter,
  gcpJsonAdapter,
  herokuJsonAdapter,
  slackJsonAdapter,
  statusioJsonAdapter,
} from './clouds/index'
import { genericAtomAdapter } from './generic/generic-atom'
import { genericRssAdapter } from './generic/generic-rss'
import { incidentPageTextAdapter } from './incident-page/incident-page-text'
import { instatusRssAdapter } from './instatus/instatus-rss'
import { statuspageAtomAdapter, statuspageRssAdapter } from './statuspage/index'
import { incidentioJsonAdapter, statuspageJsonAdapter } from './statuspage-json/index'

/** Every format we read, most specific first: the first adapter whose canParse says yes wins. */
export const FEED_ADAPTERS: readonly FeedAdapter[] = [
  instatusRssAdapter,
  statuspageRssAdapter,
  statuspageAtomAdapter,
  awsRssAdapter,
  genericRssAdapter,
  genericAtomAdapter,
  statuspageJsonAdapter,
  incidentioJsonAdapter,
  gcpJsonAdapter,
  awsJsonAdapter,
  statusioJsonAdapter,
  slackJsonAdapter,
  herokuJsonAdapter,
  incidentPageTextAdapter,
]
