export { startGateway, type GatewayOptions, type RunningGateway, SUPERGRAPH_PATH } from './gateway';
