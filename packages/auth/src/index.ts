export { authSettings, type AuthSettings, DEVELOPMENT_SECRET, loggedJwtSecret } from './settings';
export { createAuthenticator, type Authenticator } from './verify';
export { mintToken, type MintOptions } from './mint';
export {
  type Identity,
  type Role,
  ROLES,
  isAdmin,
  canEditOrganisation,
  canRecordFunding,
  requireIdentity,
  requireEditorOf,
  requireFundingRole,
} from './identity';
