export { listen, router, sendJson, type Handler, type HttpRoutes } from './server';
export { graphqlHandler, type GraphQLHandlerOptions } from './graphql-handler';
export { readJsonBody, UnreadableBody } from './json-body';
