import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { isLiveResolution } from './live-resolution';

/** What an operation may cost, and what a list is assumed to hold when nothing says. */
export interface CostLimits {
  maxCost: number;
  /** The size of a list field asked for without `first`, `last` or `limit`. */
  defaultListSize: number;
}

export const DEFAULT_COST_LIMITS: CostLimits = { maxCost: 5_000, defaultListSize: 10 };

/** Arguments that bound how many items a field returns, read in this order. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * How many fields an operation may resolve, as an upper estimate: each field costs 1, and what is
 * selected inside a list costs once per item. A list's size is its own `first`/`last`/`limit`, or
 * the page size of the connection it belongs to (`stores(first: 20) { edges { node } }` holds 20
 * edges), or `defaultListSize`. A connection's other fields (pageInfo) count once. Introspection
 * fields cost nothing: Sandbox sends them and they never reach a subgraph.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  defaultListSize: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  // A fragment's cost depends only on the page size it is spread under: each is computed once.
  const fragmentCosts = new Map<string, number>();

  function fragmentCost(name: string, pageSize: number | undefined): number {
    const key = `${name}:${pageSize ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    // Unknown and cyclic spreads are refused by validation; they cost nothing here.
    fragmentCosts.set(key, 0);
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost =
      fragment && isCompositeType(type) ? selectionCost(type, fragment.selectionSet, pageSize) : 0;
    fragmentCosts.set(key, cost);
    return cost;
  }

  function selectionCost(
    parent: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    pageSize: number | undefined,
  ): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(parent, selection, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        const type = condition ? schema.getType(condition) : parent;
        if (isCompositeType(type)) total += selectionCost(type, selection.selectionSet, pageSize);
      } else {
        total += fragmentCost(selection.name.value, pageSize);
      }
    }
    return total;
  }

  function fieldCost(
    parent: GraphQLCompositeType,
    node: FieldNode,
    pageSize: number | undefined,
  ): number {
    if (node.name.value.startsWith('__')) return 0;
    const field =
      isObjectType(parent) || isInterfaceType(parent)
        ? parent.getFields()[node.name.value]
        : undefined;
    // Unknown fields are refused by validation.
    if (!field) return 0;
    const size = requestedSize(field, node, variables);
    const list = isListType(getNullableType(field.type));
    const type = getNamedType(field.type);
    const inner =
      node.selectionSet && isCompositeType(type)
        ? // A connection's size is handed to the lists inside it.
          selectionCost(type, node.selectionSet, list ? undefined : size)
        : 0;
    const items = list ? (size ?? pageSize ?? defaultListSize) : 1;
    return 1 + items * inner;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(root, operation.selectionSet, undefined) : 0;
}

function isPageSizeArgument(name: string): boolean {
  return (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(name);
}

/** The field's own first/last/limit: its other arguments play no part in its cost. */
function requestedSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  const args = field.args.filter((arg) => isPageSizeArgument(arg.name));
  if (args.length === 0) return undefined;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues({ ...field, args }, node, variables);
  } catch {
    // Variables that do not fit their arguments fail the operation when it runs.
    return undefined;
  }
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = values[name];
    if (typeof value === 'number') return Math.max(0, value);
  }
  return undefined;
}

/** With `http`, Apollo Server answers it with status 400. */
export function queryTooComplexError(cost: number, maxCost: number, http = false): GraphQLError {
  return new GraphQLError(
    `Operation cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`,
    {
      extensions: {
        code: QUERY_TOO_COMPLEX,
        cost,
        maxCost,
        ...(http ? { http: { status: 400 } } : {}),
      },
    },
  );
}

/** The operation a request runs, as Apollo Server or graphql-ws hands it over. */
export interface OperationRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface CostLimit {
  /**
   * Throws QUERY_TOO_COMPLEX when the operation costs more than the limit; e.g. for a
   * subscription's document at subscribe time, after it was validated.
   */
  assertWithinLimit(request: OperationRequest): void;
  /** Applies assertWithinLimit to every client operation, once it is parsed and validated. */
  plugin: ApolloServerPlugin<object>;
}

/** How many sets of page sizes keep their cost per operation (the least recently used go first). */
const COSTS_PER_OPERATION = 100;

/** The variables given to a first, last or limit argument: all an operation's cost depends on. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (isPageSizeArgument(node.name.value) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names];
}

interface KnownCosts {
  schema: GraphQLSchema;
  /** pageSizeVariables of the operation's document. */
  variables: string[];
  /** By the values of those variables. */
  costs: LRUCache<string, number>;
}

export function createCostLimit(limits: CostLimits = DEFAULT_COST_LIMITS): CostLimit {
  // Apollo Server hands over the same parsed document for the same query text, so the cost is
  // computed once per operation and page sizes; a document no longer held drops its costs.
  const known = new WeakMap<OperationDefinitionNode, KnownCosts>();

  function costOf(
    { schema, document, variables }: OperationRequest,
    operation: OperationDefinitionNode,
  ): number {
    let entry = known.get(operation);
    if (entry?.schema !== schema) {
      const costs = new LRUCache<string, number>({ max: COSTS_PER_OPERATION });
      entry = { schema, variables: pageSizeVariables(document), costs };
      known.set(operation, entry);
    }
    const values = variables ?? {};
    // An absent variable ([]) and a null one ([null]) may size a list differently.
    const key = JSON.stringify(
      entry.variables.map((name) => (Object.hasOwn(values, name) ? [values[name]] : [])),
    );
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operation, values, limits.defaultListSize);
      entry.costs.set(key, cost);
    }
    return cost;
  }

  function check(
    request: OperationRequest,
    operation: OperationDefinitionNode,
    http: boolean,
  ): void {
    const cost = costOf(request, operation);
    if (cost > limits.maxCost) throw queryTooComplexError(cost, limits.maxCost, http);
  }
  return {
    assertWithinLimit(request) {
      const operation = getOperationAST(request.document, request.operationName);
      if (operation) check(request, operation, false);
    },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ schema, document, operation, request, contextValue }) {
            if (!operation || isLiveResolution(contextValue)) return;
            check({ schema, document, variables: request.variables ?? null }, operation, true);
          },
        };
      },
    },
  };
}
