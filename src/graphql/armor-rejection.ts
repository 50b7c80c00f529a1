import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * graphql-armor words every rejection as "Syntax Error: …", although the document parsed and
 * is valid: a caller whose query is too deep or too expensive goes looking for a typo. Report
 * the limit itself instead (still BAD_USER_INPUT, HTTP 400).
 */
export const rejectPlainly = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
    },
  ],
};
