import type { ApolloServerPlugin } from '@apollo/server';
import type pino from 'pino';
import { isUnexpectedError, unwrapError } from './errors';

const MESSAGE = 'unexpected error while serving a request';

/**
 * Logs every error the client only sees as a generic INTERNAL error, with its cause and stack,
 * through the request's own logger so the line carries its request id and trace id. Use it
 * instead of passing a logger to formatGraphQLError, which has no request at hand.
 */
export function errorLoggingPlugin(
  logger: pino.Logger,
): ApolloServerPlugin<{ logger: pino.Logger }> {
  return {
    async contextCreationDidFail({ error }) {
      if (isUnexpectedError(error)) logger.error({ err: unwrapError(error) }, MESSAGE);
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors.filter(isUnexpectedError)) {
            contextValue.logger.error({ err: unwrapError(error), path: error.path }, MESSAGE);
          }
        },
      };
    },
  };
}
