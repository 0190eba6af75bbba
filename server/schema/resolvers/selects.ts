import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * What the field being resolved selects below it, directly or through fragments. Facets are a field of a page,
 * but computing them needs the page's arguments, which only the parent resolver sees (the generated page types have
 * no room for them), so the parent decides whether to run the facets query at all, and how much to read for it.
 */
function fieldsAt(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], name: string): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return found;
}

/** Whether the field being resolved selects `name` (directly or through fragments). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return (
    fieldsAt(
      info,
      info.fieldNodes.map((node) => node.selectionSet),
      name,
    ).length > 0
  );
}

/**
 * The names selected at the end of `path` below the field being resolved (e.g. facets → documents → document),
 * through fragments and aliases; empty when the path is not selected.
 */
export function selectedNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = fieldsAt(info, sets, name);
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else collect(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(collect);
  return names;
}
