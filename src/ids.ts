import type { JSONSchema4 } from 'json-schema'

/**
 * A document id. The SQL adapters number their rows; MongoDB's ids are
 * strings. Domain code never assumes which: ids are compared with
 * `sameId`, kept in maps keyed by `idKey`, and passed on as they came.
 */
export type Id = number | string

/** Two ids (or related documents) name the same document, whatever the engine. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== null && y !== null && String(x) === String(y)
}

/** The id of a relationship value: an id as it is, or a populated document's id; null when none. */
export const idOf = (v: unknown): Id | null => {
  if (typeof v === 'number' || typeof v === 'string') return v
  if (v && typeof v === 'object' && 'id' in v) {
    const id = (v as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

const ID_TYPES = ['number', 'string']

const isIdType = (t: unknown): boolean =>
  t === 'number' || t === 'string' || (Array.isArray(t) && t.length === 2 && t.includes('null') && (t.includes('number') || t.includes('string')))

const eitherId = (t: JSONSchema4['type']): JSONSchema4['type'] => (Array.isArray(t) && t.includes('null') ? [...ID_TYPES, 'null'] : [...ID_TYPES]) as JSONSchema4['type']

/** A relationship's `oneOf: [{ type: <id> }, { $ref: <collection> }]`: the id member. */
const isRelationIdMember = (member: JSONSchema4, siblings: JSONSchema4[]): boolean =>
  Object.keys(member).length === 1 && isIdType(member.type) && siblings.some((s) => typeof s.$ref === 'string' && s.$ref.startsWith('#/definitions/'))

const widen = (node: unknown): void => {
  if (Array.isArray(node)) {
    node.forEach(widen)
    return
  }
  if (!node || typeof node !== 'object') return
  const schema = node as JSONSchema4
  if (Array.isArray(schema.oneOf)) {
    for (const member of schema.oneOf) if (isRelationIdMember(member, schema.oneOf)) member.type = eitherId(member.type)
  }
  for (const value of Object.values(schema)) widen(value)
}

/**
 * `typescript.schema` hook: the generated types say `number | string` for
 * every document id and relationship value, not the id type of the adapter
 * the types happened to be generated with (SQLite numbers them, MongoDB does
 * not), so the compiler makes the code handle both.
 */
export const idsOfEitherType = ({ collectionIDFieldTypes, config, jsonSchema }: { collectionIDFieldTypes: Record<string, 'number' | 'string'>; config: { globals?: Array<{ slug: string }> }; jsonSchema: JSONSchema4 }): JSONSchema4 => {
  const definitions = jsonSchema.definitions ?? {}
  for (const slug of [...Object.keys(collectionIDFieldTypes), ...(config.globals ?? []).map((g) => g.slug)]) {
    const id = definitions[slug]?.properties?.id
    if (id && isIdType(id.type)) id.type = eitherId(id.type)
  }
  widen(definitions)
  const db = jsonSchema.properties?.db?.properties?.defaultIDType
  if (db && isIdType(db.type)) db.type = eitherId(db.type)
  return jsonSchema
}
