export { incidentioJsonAdapter, statuspageJsonAdapter } from './statuspage-json'
