/** The process's root pino logger (createRootLogger), for whatever logs outside a request's own hooks. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
