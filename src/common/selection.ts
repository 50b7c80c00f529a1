import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query selects on the object at `path` (field names, from the
 * resolved field down; empty: the resolved field itself), through fragments, inline fragments
 * and aliases: lets a root resolver read nested data in its own statement, only what is asked
 * for. `@skip` and `@include` are not evaluated: a field they might leave out counts as
 * selected (read, then not sent).
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (depth === path.length) names.add(s.name.value);
        else if (s.name.value === path[depth]) visit(s.selectionSet, depth + 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet, depth);
      } else {
        visit(info.fragments[s.name.value]?.selectionSet, depth);
      }
    }
  };
  for (const field of info.fieldNodes) visit(field.selectionSet, 0);
  return names;
}
