import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../domain/partial-date.js';

/**
 * Throws a plain error on purpose: graphql-js then prefixes it with the variable path or the
 * literal at fault ("Variable "$filter" got invalid value "2024-13" at "filter.from"; …").
 */
function parse(value: unknown): string {
  if (typeof value === 'string' && isPartialDate(value)) return value;
  throw new TypeError(
    `${JSON.stringify(value)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (for example 2013, 2024-03 or 2024-03-05)`,
  );
}

export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
