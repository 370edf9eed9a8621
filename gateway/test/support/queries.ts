/** What a draft of UNOPS's, linked to ISSSS, looks like across the graph: the offer, and the draft counts of both. */
export const DRAFT_VIEW = /* GraphQL */ `
  query ($id: ID!) {
    offer(id: $id) {
      id
      status
    }
    organisation(id: "unops") {
      openOfferCount
      offers(filter: { status: DRAFT }) {
        totalCount
      }
    }
    programme(id: "issss") {
      offers(filter: { status: DRAFT }) {
        totalCount
      }
    }
  }
`;

/** A README query that needs all three subgraphs: offers, their organisation and their programmes. */
export const ACROSS_THE_GRAPH = /* GraphQL */ `
  query OffersAcrossTheGraph {
    offers(first: 3) {
      edges {
        node {
          title
          organisation {
            name
          }
          programmes {
            acronym
            name
          }
        }
      }
    }
  }
`;
