export { parseIatiActivities } from './parse-activities';
