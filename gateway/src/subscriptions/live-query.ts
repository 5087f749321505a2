import type { LiveField } from '@dabba/schema/live';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getOperationAST,
  print,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';

/** A subscription turned into what the gateway runs for each change. */
export interface LiveQuery {
  /** The Subscription field followed. */
  field: string;
  live: LiveField;
  /** The id of the followed entity, from the field's argument. */
  key: string;
  /**
   * The query that resolves the payload: the subscription's selection on `live.resolveWith`,
   * aliased to the subscription's response key, so its data has the subscription's shape.
   */
  query: string;
  operationName: string | undefined;
}

function badSubscription(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The single root field of a subscription, which graphql-js's validation already requires. */
function rootField(operation: OperationDefinitionNode): FieldNode {
  const [selection, ...rest] = operation.selectionSet.selections;
  if (!selection || rest.length > 0 || selection.kind !== Kind.FIELD) {
    throw badSubscription('Select the subscription field directly, without fragments at its root.');
  }
  return selection;
}

/**
 * Reads a validated subscription document: which live field it follows, the entity's id, and the
 * query to resolve its payload with. The document's variables and fragments are kept, so the
 * payload is the client's own selection.
 */
export function toLiveQuery(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
  liveFields: Readonly<Record<string, LiveField>>,
): LiveQuery {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw badSubscription('Name the operation to run: the document has several.');
  if (operation.operation !== 'subscription') {
    throw badSubscription(
      'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
    );
  }
  const field = rootField(operation);
  const live = liveFields[field.name.value];
  if (!live) throw badSubscription(`Subscription.${field.name.value} is not served.`);
  const argument = field.arguments?.find((candidate) => candidate.name.value === live.argument);
  const key = argument ? valueFromASTUntyped(argument.value, variables) : undefined;
  if (typeof key !== 'string' || key.length === 0) {
    throw badSubscription(`Subscription.${field.name.value} needs its ${live.argument}.`);
  }
  const resolveField: FieldNode = {
    ...field,
    alias: { kind: Kind.NAME, value: field.alias?.value ?? field.name.value },
    name: { kind: Kind.NAME, value: live.resolveWith.field },
    arguments: [{ ...argument!, name: { kind: Kind.NAME, value: live.resolveWith.argument } }],
  };
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...operation,
        operation: OperationTypeNode.QUERY,
        selectionSet: { ...operation.selectionSet, selections: [resolveField] },
      },
      ...document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
    ],
  };
  return {
    field: field.name.value,
    live,
    key,
    query: print(query),
    operationName: operation.name?.value,
  };
}
