/** The node labels the explorer knows, in the order the legend lists them (the document hierarchy first). */
export const LABELS = ['Document', 'Category', 'Task', 'Measure', 'Park', 'Industry', 'Agency'] as const;
export type Label = (typeof LABELS)[number];

export function isLabel(value: string): value is Label {
  return (LABELS as readonly string[]).includes(value);
}

export const VIAS = ['DIRECT', 'TASK_CONTEXT', 'SUB_PARK', 'PARENT_ZONE'] as const;
export type Via = (typeof VIAS)[number];

/** Plain-language names for the lens list: analysts do not read enum names. */
export const VIA_TEXT: Record<Via, string> = {
  DIRECT: 'names the park',
  TASK_CONTEXT: 'its task names the park',
  SUB_PARK: 'names a park inside it',
  PARENT_ZONE: 'names a zone containing it',
};
