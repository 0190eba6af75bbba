import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from 'neo4j-driver';

/**
 * Driver values become plain JSON here and nowhere else. The driver already returns integers as JS
 * numbers (disableLosslessIntegers), so this mostly guards against temporal values and whole nodes
 * slipping into a projection.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values and need nothing: returning them before the nine driver
  // type checks below took toPlain from ~10 % of the API's CPU under load to a fraction of that (bench/).
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainObject(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  return plainObject(value as Record<string, unknown>);
}

/** A map from the driver (a plain object): its values converted one by one. */
function plainObject(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}

const NAME_LENGTH = 80;

/** Parks have names, documents titles; a measure only has its sentence, shortened to stay a label. */
export function entityName(row: Record<string, unknown>): string {
  for (const key of ['name', 'title', 'docNumber'] as const) {
    const value = row[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const text = typeof row.text === 'string' ? row.text.trim() : '';
  if (text) return text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH - 1).trimEnd()}…` : text;
  return String(row.id);
}

/**
 * JS numbers are sent as floats, but LIMIT and list slices need integers: whole numbers go as
 * Neo4j integers (equality with stored floats still holds in Cypher).
 */
export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}
