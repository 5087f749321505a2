import {
  getNamedType,
  getNullableType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { EventCatalog } from '../events';
import type { LiveField } from './define';

/**
 * What is wrong between the live fields and the schema and event catalog they name, one line per
 * problem: every Subscription field is declared and every declaration names a Subscription field,
 * an `ID!` argument, a Query field returning the same type that takes that id, and known events.
 */
export function checkLiveFields(
  apiSchema: GraphQLSchema,
  fields: Readonly<Record<string, LiveField>>,
  catalog: EventCatalog,
): string[] {
  const problems: string[] = [];
  const subscriptionFields = apiSchema.getSubscriptionType()?.getFields() ?? {};
  const queryFields = apiSchema.getQueryType()?.getFields() ?? {};
  for (const name of Object.keys(subscriptionFields)) {
    if (!fields[name]) problems.push(`Subscription.${name} has no live field declaration`);
  }
  for (const [name, live] of Object.entries(fields)) {
    const field = subscriptionFields[name];
    if (!field) {
      problems.push(`${name} is declared live but the supergraph has no Subscription.${name}`);
      continue;
    }
    if (!isIdArgument(field, live.argument)) {
      problems.push(`Subscription.${name} has no argument ${live.argument}: ID!`);
    }
    const query = queryFields[live.resolveWith.field];
    if (!query) {
      problems.push(`${name} resolves with Query.${live.resolveWith.field}, which does not exist`);
    } else {
      if (!isIdArgument(query, live.resolveWith.argument)) {
        problems.push(`Query.${query.name} has no argument ${live.resolveWith.argument}: ID!`);
      }
      if (getNullableType(query.type).toString() !== getNullableType(field.type).toString()) {
        problems.push(
          `Query.${query.name} returns ${query.type.toString()}, Subscription.${name} ${field.type.toString()}`,
        );
      }
    }
    const triggers = Object.keys(live.triggers);
    if (triggers.length === 0) problems.push(`${name} has no trigger events`);
    for (const type of triggers) {
      if (!(type in catalog)) problems.push(`${name} is triggered by unknown event ${type}`);
    }
    const carried = Object.values(live.triggers).filter((trigger) => trigger?.payload).length;
    if (live.throttleMs === undefined && carried > 0) {
      problems.push(`${name} has triggers that carry a payload but no throttleMs`);
    }
    if (live.throttleMs !== undefined && carried < triggers.length) {
      problems.push(`${name} is throttled, so every trigger must carry the payload`);
    }
  }
  return problems;
}

function isIdArgument(field: GraphQLField<unknown, unknown>, name: string): boolean {
  const argument = field.args.find((candidate) => candidate.name === name);
  if (!argument || !isNonNullType(argument.type)) return false;
  const type = getNamedType(argument.type);
  return isScalarType(type) && type.name === 'ID';
}
