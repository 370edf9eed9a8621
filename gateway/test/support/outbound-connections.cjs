// Preloaded (node --require) by outbound-connections.test.ts: writes on stderr where each TCP
// connection the process opens goes, before any name is resolved.
'use strict';
const net = require('node:net');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordConnection(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  if (!options.path) process.stderr.write(`${JSON.stringify({ outboundConnection: `${options.host ?? 'localhost'}:${options.port}` })}\n`);
  return connect.apply(this, args);
};
