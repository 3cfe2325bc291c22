import fastJson from 'fast-json-stringify';
import type { FastifySchemaCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type Serialize = (data: unknown) => string;
type JsonSchema = Record<string, unknown>;
type SerializerCompiler = (route: Parameters<FastifySchemaCompiler<z.ZodType>>[0]) => Serialize;

/**
 * Keywords fast-json-stringify serializes exactly as zod + JSON.stringify would (or ignores,
 * being documentation or validation only). A response schema using anything else — unions
 * left after folding nullables, records, unknowns, refs it cannot inline — keeps zod's serializer.
 */
const SAFE_KEYWORDS = new Set([
  '$schema',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'description',
  'title',
  'examples',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'format',
  'default',
]);

class Unsafe extends Error {}

/**
 * The schema as one self-contained tree fast-json-stringify compiles without unions: `$ref`s to
 * `$defs` inlined and `anyOf: [X, {type: 'null'}]` (zod's nullable) folded into X with a `null` type.
 */
function simplify(node: unknown, defs: Record<string, JsonSchema>, depth = 0): JsonSchema {
  if (depth > 64 || typeof node !== 'object' || node === null || Array.isArray(node)) throw new Unsafe();
  let schema = node as JsonSchema;
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name === undefined ? undefined : defs[name];
    if (!target) throw new Unsafe();
    const { $ref: _ref, ...rest } = schema;
    schema = { ...target, ...rest };
  }
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf as JsonSchema[];
    const nonNull = options.filter((o) => !(o.type === 'null' && Object.keys(o).length === 1));
    if (nonNull.length === options.length) return objectUnion(schema, options, defs, depth);
    if (options.length !== 2 || nonNull.length !== 1) throw new Unsafe();
    const { anyOf: _anyOf, ...rest } = schema;
    const inner = simplify(nonNull[0], defs, depth + 1);
    const types = [inner.type].flat();
    if (types.length !== 1 || typeof types[0] !== 'string') throw new Unsafe();
    return { ...inner, ...rest, type: [types[0], 'null'] };
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    // fast-json-stringify writes `required` properties first, zod keeps the schema's order: leave
    // it out. Every property is written when present either way; the check mode catches a missing one.
    if (key === '$defs' || key === 'required') continue;
    if (!SAFE_KEYWORDS.has(key)) throw new Unsafe();
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, simplify(v, defs, depth + 1)]));
    } else if (key === 'items') {
      out.items = simplify(value, defs, depth + 1);
    } else if (key === 'additionalProperties') {
      // Zod strips unknown keys from its output; fast-json-stringify does so only when told `false`.
      if (value !== false) throw new Unsafe();
      out.additionalProperties = false;
    } else {
      out[key] = value;
    }
  }
  const types = [out.type].flat();
  // One type, or one and null: wider unions are left to zod.
  if (types.filter((t) => t !== 'null').length > 1) throw new Unsafe();
  if (types.includes('object') && out.additionalProperties !== false) throw new Unsafe();
  return out;
}

/**
 * A union of objects that no value can match in more than one way: each option is a closed
 * object (unknown keys refused) and every two options either give one property different
 * `const` values (a `type` tag) or share no property name. fast-json-stringify writes a value
 * with the first option it validates against, and zod with the first it parses, so both pick
 * the same option for every value our code builds (the check mode compares them in tests).
 */
function objectUnion(schema: JsonSchema, options: JsonSchema[], defs: Record<string, JsonSchema>, depth: number): JsonSchema {
  const branches = options.map((o) => simplify(o, defs, depth + 1));
  const props = branches.map((b) => {
    if (b.type !== 'object' || b.additionalProperties !== false || typeof b.properties !== 'object') throw new Unsafe();
    return b.properties as Record<string, JsonSchema>;
  });
  for (let i = 0; i < props.length; i++) {
    for (let j = i + 1; j < props.length; j++) {
      const shared = Object.keys(props[i]!).filter((k) => k in props[j]!);
      const tagged = shared.some((k) => props[i]![k]!.const !== undefined && props[j]![k]!.const !== undefined && props[i]![k]!.const !== props[j]![k]!.const);
      if (shared.length > 0 && !tagged) throw new Unsafe();
    }
  }
  const { anyOf: _anyOf, ...rest } = schema;
  for (const key of Object.keys(rest)) if (!SAFE_KEYWORDS.has(key) || key === 'type') throw new Unsafe();
  return { ...rest, anyOf: branches };
}

/** Compiled once per schema object: most routes share their problem schemas, and HEAD shares GET's. */
const compiled = new WeakMap<z.ZodType, Serialize | undefined>();

/** A compiled serializer for a zod response schema, or undefined where only zod's is exact. */
export function fastSerializerFor(schema: unknown): Serialize | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  if (!compiled.has(schema)) compiled.set(schema, compile(schema));
  return compiled.get(schema);
}

function compile(schema: z.ZodType): Serialize | undefined {
  try {
    const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'throw', cycles: 'throw' }) as JsonSchema;
    const tree = simplify(json, (json.$defs ?? {}) as Record<string, JsonSchema>);
    return fastJson(tree as never) as Serialize;
  } catch {
    // Transforms, unions, records…: zod's serializer handles what a JSON schema cannot say.
    return undefined;
  }
}

/**
 * Response serialisation compiled once per route from its zod schema (fast-json-stringify, as
 * Fastify does for JSON schemas), instead of zod encoding each response. With `check` on (tests),
 * every response is also run through zod's validating serializer and the two strings must be
 * identical, so a schema the fast path would render differently fails loudly instead of drifting.
 */
export function createSerializerCompiler({ check }: { check: boolean }): SerializerCompiler {
  return (route) => {
    const checked = zodSerializerCompiler(route as never) as Serialize;
    const fast = fastSerializerFor(route.schema);
    if (!fast) return checked;
    if (!check) return fast;
    return (data) => {
      const expected = checked(data);
      const actual = fast(data);
      if (actual !== expected) {
        throw new Error(`The compiled serializer of ${route.method} ${route.url} (${route.httpStatus}) differs from zod's:\n${actual}\n${expected}`);
      }
      return actual;
    };
  };
}

interface SplicedPage {
  data: Array<Record<string, unknown>>;
  nextCursor: string | null;
}

/**
 * Serializes a page (`{ data, nextCursor }`) of items that carry one array property as stored
 * JSON text (in `<field>Json`) rather than as values: each item goes through the item schema's
 * compiled serializer with that array empty, and the stored text takes the empty array's place.
 * The text must be what serializing the array would give (the store writes it so); with `check`
 * on (tests), every page is compared with zod's encoding of the same page with the text parsed.
 */
/** Serializes an item with `field` left empty, then puts the item's stored JSON text of `field` (`${field}Json`) in its place. */
function itemSplicer(item: z.ZodObject, field: string): (d: Record<string, unknown>) => string {
  const serializeItem = fastSerializerFor(item);
  if (!serializeItem) throw new Error(`The schema of \`${field}\`'s items has no compiled serializer to splice into.`);
  const textKey = `${field}Json`;
  // Earlier properties cannot hold this text unescaped: inside a JSON string a quote is always escaped.
  const empty = `${JSON.stringify(field)}:[]`;
  // The compiled serializer writes the schema's properties alone, so the text key may stay on the
  // copy: a plain spread costs a third of a rest pattern with a computed key.
  return (d) => {
    const text = d[textKey];
    const s = serializeItem({ ...d, [field]: [] });
    const at = s.indexOf(empty);
    if (typeof text !== 'string' || at < 0) throw new Error(`No stored \`${field}\` to splice into a serialized item.`);
    return s.slice(0, at + empty.length - 2) + text + s.slice(at + empty.length);
  };
}

/**
 * One item whose `field` is stored as JSON text, serialized by splicing that text in; in check
 * mode compared byte for byte with zod's encoding of the parsed item.
 */
export function splicedItemSerializer(item: z.ZodObject, field: string, { check }: { check: boolean }): (d: Record<string, unknown>) => string {
  const serializeOne = itemSplicer(item, field);
  const textKey = `${field}Json`;
  return (d) => {
    const out = serializeOne(d);
    if (check) {
      const { [textKey]: text, ...rest } = d;
      const expected = JSON.stringify(z.encode(item, { ...rest, [field]: JSON.parse(text as string) as unknown }));
      if (out !== expected) throw new Error(`An item spliced from stored \`${field}\` differs from zod's encoding:\n${out}\n${expected}`);
    }
    return out;
  };
}

export function splicedPageSerializer(item: z.ZodObject, field: string, { check }: { check: boolean }): (page: SplicedPage) => string {
  const serializeOne = itemSplicer(item, field);
  const textKey = `${field}Json`;
  const pageSchema = z.object({ data: z.array(item), nextCursor: z.string().nullable() });
  return (page) => {
    const out = `{"data":[${page.data.map(serializeOne).join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
    if (check) {
      const parsed = page.data.map(({ [textKey]: text, ...rest }) => ({ ...rest, [field]: JSON.parse(text as string) as unknown }));
      const expected = JSON.stringify(z.encode(pageSchema, { data: parsed, nextCursor: page.nextCursor }));
      if (out !== expected) throw new Error(`A page spliced from stored \`${field}\` differs from zod's encoding:\n${out}\n${expected}`);
    }
    return out;
  };
}

/**
 * `JSON.stringify` for a route whose handler builds its body in exactly the schema's shape
 * (its properties, in its order, nothing else): V8's own stringifier is faster than the
 * compiled one on bodies of long strings. With `check` on (tests), every body is compared with
 * zod's encoding of the same value, so a property out of place fails loudly instead of leaking.
 */
export function plainJsonSerializer(schema: z.ZodType, { check }: { check: boolean }): (data: unknown) => string {
  if (!check) return (data) => JSON.stringify(data);
  return (data) => {
    const out = JSON.stringify(data);
    const expected = JSON.stringify(z.encode(schema, data));
    if (out !== expected) throw new Error(`A body serialized as built differs from zod's encoding:\n${out}\n${expected}`);
    return out;
  };
}
