/**
 * @deprecated The error vocabulary lives in the kit: import from `@gov-portal/kit`. Kept as a re-export
 * (not a copy) so that code written against the issue #13 contract ("gov-core's fieldErrors") still builds.
 */
export { ConflictError, conflict, fieldError, fieldErrors, forbidden, fromDomain } from '@gov-portal/kit';
