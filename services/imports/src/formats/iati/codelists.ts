import type { ContributionStatus, OrganisationKind, ParticipationRole } from '../../plan';

/*
 * The IATI 2.03 codelists this parser reads, and what each code becomes in the graph.
 * https://iatistandard.org/en/iati-standard/203/codelists/
 */

/** OrganisationRole (participating-org/@role). */
export const PARTICIPATION_ROLE_BY_IATI_ROLE: Record<string, ParticipationRole> = {
  // 1 Funding: provides the money
  '1': 'FUNDING',
  // 2 Accountable: answers for the activity, the graph's LEAD
  '2': 'LEAD',
  // 3 Extending: manages the money on the funder's behalf (an agency extending it to others)
  '3': 'MANAGER',
  // 4 Implementing: carries the activity out
  '4': 'IMPLEMENTING',
};

/**
 * OrganisationType (participating-org/@type, reporting-org/@type). Codes the graph has no kind
 * for are OTHER, as is an organisation whose type the file does not state.
 */
export const ORGANISATION_KIND_BY_IATI_TYPE: Record<string, OrganisationKind> = {
  // 10 Government, 11 Local Government
  '10': 'GOVERNMENT',
  '11': 'GOVERNMENT',
  // 15 Other Public Sector: not a government as such
  '15': 'OTHER',
  // 21 International NGO, 22 National NGO, 23 Regional NGO, 24 Partner Country based NGO
  '21': 'NGO',
  '22': 'NGO',
  '23': 'NGO',
  '24': 'NGO',
  // 30 Public Private Partnership
  '30': 'OTHER',
  // 40 Multilateral: in this field, mostly the UN's agencies, funds and programmes (UNDP is 40)
  '40': 'UN_AGENCY',
  // 60 Foundation, 70 Private Sector (71-73 by country), 80 Academic, Training and Research, 90 Other
  '60': 'OTHER',
  '70': 'OTHER',
  '71': 'OTHER',
  '72': 'OTHER',
  '73': 'OTHER',
  '80': 'OTHER',
  '90': 'OTHER',
};

/** A transaction type that is a contribution, its status, and whether the money comes in to the reporting organisation. */
export interface ContributionType {
  status: ContributionStatus;
  incoming: boolean;
}

/**
 * TransactionType (transaction/transaction-type/@code). The other types (expenditure,
 * loan repayments, interest, purchases of equity, credit guarantees...) are not contributions
 * to the activity and are not imported.
 */
export const CONTRIBUTION_BY_TRANSACTION_TYPE: Record<string, ContributionType> = {
  // 1 Incoming Funds: received from the provider
  '1': { status: 'PAID', incoming: true },
  // 2 Outgoing Commitment: the reporting organisation commits its money
  '2': { status: 'COMMITTED', incoming: false },
  // 3 Disbursement: the reporting organisation pays it out
  '3': { status: 'PAID', incoming: false },
  // 11 Incoming Commitment: a provider commits money to the activity
  '11': { status: 'COMMITTED', incoming: true },
};

/** ActivityDateType (activity-date/@type): start and end, the actual date preferred to the planned one. */
export const ACTIVITY_DATE_TYPES = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;

/** AidType B04, "basket funds/pooled funding": the activity is a pooled fund; any other is a project. */
export const POOLED_FUNDING_AID_TYPE = 'B04';
