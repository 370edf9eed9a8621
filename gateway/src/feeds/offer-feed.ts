import type { ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { Feed } from 'feed';
import type { Logger } from '@passerelle/observability';
import { requestIdFrom } from '@passerelle/observability';
import { sendJson, type Handler } from '@passerelle/http';
import type { GatewayContext } from '../context';
import { FeedParameterError, FeedParameters, feedsUnservable } from './feed-parameters';
import { feedOrigin, type FeedOriginOptions } from './feed-origin';
import { htmlOfText, xmlText } from './feed-text';

/** Newest first, and only the offers subgraph's own fields: the feed needs no other subgraph. */
const FEED_QUERY = /* GraphQL */ `
  query OfferFeed($filter: OfferFilter, $first: Int) {
    offers(filter: $filter, first: $first, orderBy: RECENT) {
      edges {
        node {
          id
          title
          organisationName
          status
          postedAt
          updatedAt
          deadline
          applyUrl
          sourceUrl
          description
          dutyStations {
            city
            countryCode
          }
          countryCodes
        }
      }
    }
  }
`;

interface FeedOffer {
  id: string;
  title: string;
  organisationName: string;
  status: string;
  postedAt: string | null;
  updatedAt: string;
  deadline: string | null;
  applyUrl: string | null;
  sourceUrl: string | null;
  description: string;
  dutyStations: { city: string; countryCode: string }[];
  countryCodes: string[];
}

type FeedFormat = 'atom' | 'rss';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
};

/**
 * `GET /feeds/offers.atom` and `/feeds/offers.rss`: the offers an OfferFilter given as query
 * parameters matches, newest first, as Atom 1.0 or RSS 2.0. The query runs through the
 * gateway's own server (executeOperation), so limits, cost, drafts rules and the subgraphs'
 * cache hints apply as to any anonymous client; a feed reader's token is never forwarded.
 * Bad parameters are a 400 naming the parameter. Links start with `origin.publicUrl` when
 * set (see ./feed-origin.ts); every text is fit for XML whatever was stored (./feed-text.ts).
 * A supergraph without the offers' `offers(filter: OfferFilter)` has no feeds: none are
 * mounted, and the log says why.
 */
export function offerFeedRoutes(
  server: ApolloServer<GatewayContext>,
  supergraphSdl: string,
  logger: Logger,
  origin: FeedOriginOptions = { trustProxyHops: 0 },
): Record<string, Handler> {
  const unservable = feedsUnservable(supergraphSdl);
  if (unservable) {
    logger.info({ feeds: 'off', reason: unservable }, `feeds off: ${unservable}`);
    return {};
  }
  const parameters = new FeedParameters(supergraphSdl);
  const serve =
    (format: FeedFormat): Handler =>
    async (req, res) => {
      const url = new URL(req.url ?? '/', feedOrigin(req, origin));
      let variables;
      try {
        variables = parameters.variablesOf(url.searchParams);
      } catch (error) {
        if (error instanceof FeedParameterError) return refuse(res, 400, error.parameter, error.message);
        throw error;
      }
      const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
      const contextValue: GatewayContext = {
        requestId,
        logger: logger.child({ requestId }),
        viewer: null,
        unavailableSubgraphs: new Map(),
      };
      const response = await server.executeOperation<{ offers: { edges: { node: FeedOffer }[] } | null }>(
        { query: FEED_QUERY, variables },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('a feed query answered incrementally');
      const { data, errors } = response.body.singleResult;
      const problem = errors?.[0];
      if (problem?.extensions?.code === 'BAD_USER_INPUT' || problem?.extensions?.code === 'COST_ESTIMATED_TOO_EXPENSIVE') {
        const field = typeof problem.extensions.field === 'string' ? parameters.parameterOf(problem.extensions.field) : null;
        return refuse(res, 400, field, field ? `${field}: ${problem.message}` : problem.message);
      }
      if (!data?.offers) {
        const unavailable = problem?.extensions?.code === 'SERVICE_UNAVAILABLE';
        if (!unavailable) logger.error({ errors, requestId }, 'a feed query failed');
        return refuse(
          res,
          unavailable ? 503 : 500,
          null,
          unavailable ? 'The offers service is unavailable; try again shortly' : 'Internal server error',
        );
      }
      const body = render(
        format,
        url,
        data.offers.edges.map((edge) => edge.node),
      );
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'cache-control': response.http.headers.get('cache-control') ?? 'no-store',
        'content-length': Buffer.byteLength(body),
        'x-request-id': requestId,
      });
      res.end(body);
    };
  return { '/feeds/offers.atom': serve('atom'), '/feeds/offers.rss': serve('rss') };
}

function refuse(res: ServerResponse, status: number, parameter: string | null, message: string): void {
  sendJson(res, status, {
    errors: [
      {
        message,
        extensions: {
          code: status === 400 ? 'BAD_USER_INPUT' : status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
          ...(parameter ? { field: parameter } : {}),
        },
      },
    ],
  });
}

function render(format: FeedFormat, url: URL, offers: FeedOffer[]): string {
  const self = url.toString();
  const other = new URL(url);
  other.pathname = format === 'atom' ? '/feeds/offers.rss' : '/feeds/offers.atom';
  const described = [...url.searchParams].map(([name, value]) => `${name}=${value}`).join(', ');
  const feed = new Feed({
    id: self,
    link: self,
    title: htmlOfText(described ? `Passerelle offers: ${described}` : 'Passerelle offers'),
    description: 'Job offers in the humanitarian and development sector, newest first',
    updated: offers.length ? new Date(Math.max(...offers.map((offer) => Date.parse(offer.updatedAt)))) : new Date(),
    generator: 'Passerelle',
    feedLinks: format === 'atom' ? { atom: self, rss: other.toString() } : { rss: self, atom: other.toString() },
    copyright: 'Each offer belongs to the organisation that published it',
  });
  for (const offer of offers) {
    const places = offer.dutyStations.length
      ? offer.dutyStations.map((station) => `${station.city} (${station.countryCode})`)
      : offer.countryCodes;
    const summary = [offer.organisationName, places.join(', '), offer.deadline ? `deadline ${offer.deadline}` : null, offer.status]
      .filter(Boolean)
      .join(' · ');
    const id = `urn:passerelle:offer:${xmlText(offer.id)}`;
    feed.addItem({
      id,
      guid: id,
      title: htmlOfText(offer.title),
      link: xmlText(offer.applyUrl ?? offer.sourceUrl ?? `${self}#${encodeURIComponent(offer.id)}`),
      description: htmlOfText(summary),
      content: htmlOfText(offer.description),
      date: new Date(offer.updatedAt),
      ...(offer.postedAt ? { published: new Date(offer.postedAt) } : {}),
      author: [{ name: xmlText(offer.organisationName) }],
    });
  }
  return format === 'atom' ? withSelfLinkEscapedOnce(feed.atom1()) : feed.rss2();
}

/** feed 4.2.2 escapes the Atom self link's `&` twice (`&amp;amp;`); every other URL once. */
function withSelfLinkEscapedOnce(xml: string): string {
  return xml.replace(
    /(<link rel="self" href=")([^"]*)"/,
    (_whole, start: string, href: string) => `${start}${href.replace(/&amp;amp;/g, '&amp;')}"`,
  );
}
