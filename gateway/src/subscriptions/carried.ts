import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

/**
 * A payload carried by its event, shaped to the subscriber's selection: the subscription runs
 * against the API schema with the payload as its root field's value, so the client gets what it
 * selected and nothing else, without a subgraph call. Only what the event carries can be selected.
 */
export async function shapeCarriedPayload(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  field: string;
  payload: Record<string, unknown>;
}): Promise<ExecutionResult> {
  return execute({
    schema: options.schema,
    document: options.document,
    ...(options.operationName ? { operationName: options.operationName } : {}),
    variableValues: options.variables,
    rootValue: { [options.field]: options.payload },
  });
}
