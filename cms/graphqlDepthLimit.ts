import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from 'graphql'

/** Deepest selection a GraphQL query may nest when GraphQL is enabled (relations included). */
export const MAX_GRAPHQL_DEPTH = 6

/** Refuses queries nested deeper than `max` fields, which could otherwise make one request join without end. */
export function depthLimit(max: number = MAX_GRAPHQL_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])))
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (!node.selectionSet) return depth
        return Math.max(...node.selectionSet.selections.map((child) => depthOf(child, depth + 1, seen)))
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.OPERATION_DEFINITION) {
        return Math.max(depth, ...node.selectionSet.selections.map((child) => depthOf(child, depth, seen)))
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value)
        if (!fragment || seen.has(node.name.value)) return depth
        return Math.max(depth, ...fragment.selectionSet.selections.map((child) => depthOf(child, depth, new Set([...seen, node.name.value]))))
      }
      return depth
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set())
        if (depth > max) context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${max}.`, { nodes: [operation] }))
      },
    }
  }
}
