/*
 * What real clients ask, as GraphQL documents: the job board's list page and offer page, an
 * organisation's page, an analyst's funding table, and an offers-only list for comparing a
 * gateway with the offers subgraph called directly.
 */

/** The job board's list: 20 open offers, filtered and searched, each with its employer's name and programmes' acronyms. */
export const JOB_BOARD_LIST = /* GraphQL */ `
  query JobBoardList($filter: OfferFilter, $first: Int, $after: String) {
    offers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          contractType
          deadline
          postedAt
          dutyStations {
            city
            countryCode
          }
          organisation {
            id
            name
            acronym
          }
          programmes {
            id
            acronym
          }
        }
      }
    }
  }
`;

/** An offer's page: the offer, its employer, its programmes and who funds them. */
export const OFFER_PAGE = /* GraphQL */ `
  query OfferPage($id: ID!) {
    offer(id: $id) {
      id
      title
      reference
      organisationName
      positions
      contractType
      contractLabel
      grade
      durationMonths
      themes
      countryCodes
      dutyStations {
        city
        countryCode
      }
      languages {
        code
        required
      }
      minExperienceYears
      education
      eligibility
      description
      postedAt
      deadline
      deadlineTimeZone
      deadlineStated
      status
      applyUrl
      jsonLd
      organisation {
        id
        name
        acronym
        kind
        website
        parent {
          id
          name
        }
      }
      programmes {
        id
        name
        acronym
        kind
        countryCodes
        funding {
          donors {
            id
            name
          }
          totals {
            amount
            currency
          }
        }
      }
    }
  }
`;

/** An organisation's page: who it is, its units, its open offers and the programmes it takes part in. */
export const ORGANISATION_PAGE = /* GraphQL */ `
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      acronym
      aliases
      kind
      countryCode
      website
      description
      parent {
        id
        name
      }
      units {
        id
        name
        countryCode
      }
      openOfferCount
      offers(filter: { status: OPEN }, first: 10) {
        totalCount
        edges {
          node {
            id
            title
            deadline
            dutyStations {
              city
              countryCode
            }
          }
        }
      }
      programmes {
        id
        name
        acronym
        kind
        countryCodes
      }
    }
  }
`;

/** An analyst's table: contributions grouped by donor, programme or year, totals per currency. */
export const FUNDING_BREAKDOWN = /* GraphQL */ `
  query FundingBreakdown($groupBy: FundingGrouping!, $filter: ContributionFilter) {
    fundingBreakdown(groupBy: $groupBy, filter: $filter) {
      donor {
        id
        name
      }
      programme {
        id
        name
        acronym
      }
      year
      totals {
        amount
        currency
      }
      contributionCount
      unknownAmountCount
    }
  }
`;

/** An offer's page with the offers subgraph's fields only: one subgraph fetch through a gateway, little database work. */
export const OFFERS_ONLY_OFFER = /* GraphQL */ `
  query OffersOnlyOffer($id: ID!) {
    offer(id: $id) {
      id
      title
      reference
      organisationName
      positions
      contractType
      contractLabel
      grade
      durationMonths
      themes
      countryCodes
      dutyStations {
        city
        countryCode
      }
      languages {
        code
        required
      }
      minExperienceYears
      education
      eligibility
      description
      postedAt
      deadline
      deadlineTimeZone
      deadlineStated
      status
      applyUrl
    }
  }
`;

/**
 * A heavy nested query across four entity hops, in the style of the Guild's
 * graphql-gateways-benchmark (products → reviews → author → reviews → product): offers → their
 * employer (organisations) → its programmes (programmes) → who takes part (organisations) →
 * their offers (offers). Within the gateway's limits as shipped: depth 10 (the deepest leaf
 * is at 10), estimated cost 12,231 of MAX_COST 20,000, pages of 10 and 3.
 */
export const HEAVY_NESTED = /* GraphQL */ `
  query HeavyNested {
    offers(first: 10) {
      edges {
        node {
          id
          title
          deadline
          organisation {
            id
            name
            acronym
            programmes {
              id
              name
              acronym
              participants {
                role
                organisation {
                  id
                  name
                  acronym
                  openOfferCount
                  offers(first: 3) {
                    totalCount
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
