import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * The supergraph has cycles (Store.owner: User, User.stores: [Store]), so without a limit one
 * small operation can fan out into an exponential number of subgraph fetches. Operations deeper
 * than this are rejected before any subgraph is asked.
 */
export const MAX_OPERATION_DEPTH = 12;

/**
 * A validation rule rejecting operations nested deeper than `maxDepth` fields, following fragments.
 * Introspection fields are not counted: the introspection query is deep by design, and it is off
 * wherever Sandbox is.
 */
export function depthLimitRule(maxDepth: number = MAX_OPERATION_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      }
    }
    // Each fragment's depth is computed once, so repeated spreads cannot make this exponential.
    const fragmentDepths = new Map<string, number>();

    function fragmentDepth(name: string): number {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      // Unknown and cyclic spreads are reported by graphql-js's own rules.
      fragmentDepths.set(name, 0);
      const depth = fragment ? depthOf(fragment.selectionSet) : 0;
      fragmentDepths.set(name, depth);
      return depth;
    }

    function depthOf(selectionSet: SelectionSetNode): number {
      let max = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          max = Math.max(max, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(selection.selectionSet));
        } else {
          max = Math.max(max, fragmentDepth(selection.name.value));
        }
      }
      return max;
    }

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Operation is nested ${depth} fields deep; at most ${maxDepth} are allowed.`,
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };
}
