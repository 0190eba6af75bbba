import type { Via } from '../../core/graph-contract.ts';

/** Plain-language names for the lens list: analysts do not read enum names. */
export const VIA_TEXT: Record<Via, string> = {
  DIRECT: 'names the park',
  TASK_CONTEXT: 'its task names the park',
  SUB_PARK: 'names a park inside it',
  PARENT_ZONE: 'names a zone containing it',
};
