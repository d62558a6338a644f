import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { MIN_PASSWORD_LENGTH } from '@/cms/authSettings'

/**
 * Every way a password is set (an account created, a password changed, a forgotten one reset with its
 * token) refuses one shorter than MIN_PASSWORD_LENGTH with a field error on `password`: 400 over REST, and
 * the admin shows it under the field. Payload's own check stops at 3 characters and takes no setting, and
 * reset-password runs no field or change hooks with the new password, so this runs before the operation.
 */
export const requireLongPassword: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args.data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && password !== '' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'password', message: req.t('validation:longerThanMin', { minLength: MIN_PASSWORD_LENGTH }) }],
      },
      req.t,
    )
  }
  return args
}
