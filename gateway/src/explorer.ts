import { gzipSync } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Handler } from '@passerelle/http';

/**
 * Its types import graphql-yoga's, which widen graphql-js's error extensions for the whole
 * program (and break ours): required, with the one signature used here.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderGraphiQL } = require('@graphql-yoga/render-graphiql') as {
  renderGraphiQL: (options: { endpoint: string; title: string; defaultQuery: string }) => string;
};

export const GRAPHIQL_PATH = '/graphiql';

const FIRST_QUERY = `# GraphiQL, served by the gateway itself: it works offline.
# Run with the ▶ button (or Ctrl-Enter); the Docs button lists every type.
{
  offers(first: 3) {
    totalCount
    edges { node { title deadline organisation { name } } }
  }
}
`;

/**
 * GraphiQL with its docs explorer, every asset inlined from npm (@graphql-yoga/render-graphiql):
 * no CDN, so it works offline and behind a restricted network. Rendered and compressed once.
 */
export function graphiqlPage(endpoint: string): Handler {
  let page: { html: Buffer; gzipped: Buffer } | undefined;
  return (req, res) => {
    page ??= (() => {
      const html = Buffer.from(renderGraphiQL({ endpoint, title: 'Passerelle · GraphiQL', defaultQuery: FIRST_QUERY }));
      return { html, gzipped: gzipSync(html) };
    })();
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzipped : page.html;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Apollo Sandbox, loaded from Apollo's CDN, as the development landing page, without its
 * telemetry; with a link to GraphiQL, which it opens by itself when the CDN cannot be reached.
 */
export function sandboxLandingPage(): ApolloServerPlugin {
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: false }, footer: false });
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      const render = listener?.renderLandingPage?.bind(listener);
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          return { html: async () => withGraphiQL(typeof page.html === 'string' ? page.html : await page.html()) };
        },
      };
    },
  };
}

/** The landing page with a link to GraphiQL, and a script that opens it when Sandbox has not loaded. */
function withGraphiQL(html: string): string {
  const nonce = /nonce="?([0-9a-f]+)/.exec(html)?.[1] ?? '';
  const fallback = `
    <style nonce="${nonce}">
      #graphiql-link { position: fixed; right: 16px; bottom: 16px; z-index: 10; padding: 8px 12px; border-radius: 6px;
        background: #1b2240; color: #fff; font: 14px sans-serif; text-decoration: none; }
    </style>
    <a id="graphiql-link" href="${GRAPHIQL_PATH}">Offline? Open GraphiQL</a>
    <script nonce="${nonce}">
      setTimeout(function () { if (!window.EmbeddedSandbox) window.location.replace('${GRAPHIQL_PATH}'); }, 5000);
    </script>
  `;
  return html.replace('</body>', `${fallback}</body>`);
}
