// Preloaded (node --require) by documented-defaults.test.ts: a server asked for a port listens
// on one the OS picks instead and writes, on stderr, the port and host it was asked for. So a
// process's default port is checked without taking it from a developer's running graph.
'use strict';
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenAnywhere(port, ...rest) {
  if (typeof port !== 'number') return listen.call(this, port, ...rest);
  const host = typeof rest[0] === 'string' ? rest[0] : null;
  process.stderr.write(`${JSON.stringify({ listenRequested: { port, host } })}\n`);
  return listen.call(this, 0, ...rest);
};
