import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Whether the current field's selection asks for `name` directly (through fragments too), to skip unasked work. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case 'Field':
          return selection.name.value === name;
        case 'InlineFragment':
          return visit(selection.selectionSet);
        case 'FragmentSpread':
          return visit(info.fragments[selection.name.value]?.selectionSet);
      }
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
