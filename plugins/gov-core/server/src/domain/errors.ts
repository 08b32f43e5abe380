/**
 * @deprecated The domain error vocabulary lives in the kit: import from `@gov-portal/kit/domain`. Kept as a
 * re-export (not a copy) so that code written against the issue #13 contract still builds.
 */
export {
  DomainValidationError,
  detailOf,
  fail,
  invalid,
  problem,
  raise,
  raiseAll,
  unwrap,
  type FieldError,
  type Invalid,
  type Parsed,
  type Validation,
} from '@gov-portal/kit/domain';
