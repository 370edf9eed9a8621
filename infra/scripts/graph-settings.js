// What `npm start` (start.js) reads from its environment and gives the processes it starts.
// documented-defaults.test.ts checks these defaults against the README's configuration table.
'use strict';

/** An empty variable counts as unset, as it does in every process of the graph. */
const valueOf = (env, name) => (env[name] === '' ? undefined : env[name]);

function graphSettings(env) {
  const port = (name, fallback) => Number(valueOf(env, name) ?? fallback);
  return {
    settings: {
      ORGANISATIONS_PORT: port('ORGANISATIONS_PORT', 4001),
      OFFERS_PORT: port('OFFERS_PORT', 4002),
      PROGRAMMES_PORT: port('PROGRAMMES_PORT', 4003),
      IMPORTS_PORT: port('IMPORTS_PORT', 4004),
      GATEWAY_PORT: port('GATEWAY_PORT', 4000),
    },
    /** The environment of every child: this one's, with quieter logs unless LOG_LEVEL says otherwise. */
    childEnv: { TZ: 'UTC', ...env, LOG_LEVEL: valueOf(env, 'LOG_LEVEL') ?? 'warn' },
  };
}

module.exports = { graphSettings };
