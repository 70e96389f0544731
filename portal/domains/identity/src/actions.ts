/**
 * The identity pages' form actions: each reads its form, calls one mutation through the generated client, and
 * either redirects (303, so a reload does not post again) or answers a FormState with the typed values and the
 * errors next to their fields. They work without JavaScript; with it, the shell enhances the forms.
 */
import { redirect } from '@sveltejs/kit';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, isolated, required, safeNext, secret, text } from '@shabaka/ui/forms';
import {
  ApiTokenCreateMutation,
  ApiTokenRevokeMutation,
  EmailChangeUndoMutation,
  EmailVerifyMutation,
  PasswordResetMutation,
  PasswordResetRequestMutation,
  SessionRevokeMutation,
  SignInMutation,
  SignOutMutation,
  SignUpMutation,
} from './graphql/session.js';
import { rejected } from './errors.js';
import type { IdentityEvent } from './loads.js';
import * as m from './paraglide/messages.js';

export interface IdentityActionEvent extends IdentityEvent {
  locals: IdentityEvent['locals'] & { files: { readonly maxBytes: number } };
  request: Request;
}

export function signIn(event: IdentityActionEvent) {
  return act('signIn', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['email', 'password']);
    if (Object.keys(missing).length > 0) return invalid('signIn', values, missing);
    const { sessionCreate } = await event.locals.api(SignInMutation, {
      input: { email: text(data, 'email'), password: secret(data, 'password') },
    });
    if (sessionCreate.userErrors.length > 0) return rejected('signIn', event, values, sessionCreate.userErrors);
    redirect(303, safeNext(event.url.searchParams.get('next'), pagePath(event.locals.locale, 'account')));
  });
}

export function signUp(event: IdentityActionEvent) {
  return act('signUp', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['name', 'email', 'password']);
    if (Object.keys(missing).length > 0) return invalid('signUp', values, missing);
    const { accountSignUp } = await event.locals.api(SignUpMutation, {
      input: { name: text(data, 'name'), email: text(data, 'email'), password: secret(data, 'password') },
    });
    if (accountSignUp.userErrors.length > 0) return rejected('signUp', event, values, accountSignUp.userErrors);
    return {
      form: 'signUp',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.signUpDoneBody, { email: isolated(text(data, 'email')) }),
    };
  });
}

export function signOut(event: IdentityActionEvent) {
  return act('signOut', event, async () => {
    await event.locals.api(SignOutMutation);
    redirect(303, pagePath(event.locals.locale));
  });
}

export function verifyEmail(event: IdentityActionEvent) {
  return act('verifyEmail', event, async (data, values) => {
    const { accountEmailVerify } = await event.locals.api(EmailVerifyMutation, {
      input: { token: text(data, 'token') },
    });
    if (accountEmailVerify.userErrors.length > 0) {
      return rejected('verifyEmail', event, values, accountEmailVerify.userErrors, { token: '_form' });
    }
    // confirming the address also signs the person in (the API set the session cookie)
    const done = accountEmailVerify.viewer ? m.verifyDoneSignedIn : m.verifyDone;
    return { form: 'verifyEmail', values: {}, errors: {}, done: translate(event.locals.locale)(done) };
  });
}

export function undoEmailChange(event: IdentityActionEvent) {
  return act('undoEmailChange', event, async (data, values) => {
    const { accountEmailChangeUndo } = await event.locals.api(EmailChangeUndoMutation, {
      input: { token: text(data, 'token') },
    });
    if (accountEmailChangeUndo.userErrors.length > 0) {
      return rejected('undoEmailChange', event, values, accountEmailChangeUndo.userErrors, { token: '_form' });
    }
    return { form: 'undoEmailChange', values: {}, errors: {}, done: translate(event.locals.locale)(m.undoEmailDone) };
  });
}

export function requestPasswordReset(event: IdentityActionEvent) {
  return act('resetRequest', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['email']);
    if (Object.keys(missing).length > 0) return invalid('resetRequest', values, missing);
    const { accountPasswordResetRequest } = await event.locals.api(PasswordResetRequestMutation, {
      input: { email: text(data, 'email') },
    });
    if (accountPasswordResetRequest.userErrors.length > 0) {
      return rejected('resetRequest', event, values, accountPasswordResetRequest.userErrors);
    }
    return {
      form: 'resetRequest',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.resetRequestDone),
    };
  });
}

export function resetPassword(event: IdentityActionEvent) {
  return act('reset', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['newPassword']);
    if (Object.keys(missing).length > 0) return invalid('reset', values, missing);
    const { accountPasswordReset } = await event.locals.api(PasswordResetMutation, {
      input: { token: text(data, 'token'), newPassword: secret(data, 'newPassword') },
    });
    if (accountPasswordReset.userErrors.length > 0) {
      return rejected('reset', event, values, accountPasswordReset.userErrors, { token: '_form' });
    }
    return { form: 'reset', values: {}, errors: {}, done: translate(event.locals.locale)(m.resetDone) };
  });
}

export function revokeSession(event: IdentityActionEvent) {
  return act('revokeSession', event, async (data, values) => {
    const { sessionRevoke } = await event.locals.api(SessionRevokeMutation, { input: { id: text(data, 'id') } });
    if (sessionRevoke.userErrors.length > 0) return rejected('revokeSession', event, values, sessionRevoke.userErrors);
    return { form: 'revokeSession', values: {}, errors: {} };
  });
}

export function createToken(event: IdentityActionEvent) {
  return act('createToken', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['name']);
    if (Object.keys(missing).length > 0) return invalid('createToken', values, missing);
    const scope = data.get('readWrite') === 'on' ? 'READ_WRITE' : 'READ_ONLY';
    const { apiTokenCreate } = await event.locals.api(ApiTokenCreateMutation, {
      input: { name: text(data, 'name'), scope },
    });
    if (apiTokenCreate.userErrors.length > 0 || !apiTokenCreate.secret) {
      return rejected('createToken', event, values, apiTokenCreate.userErrors);
    }
    return { form: 'createToken', values: {}, errors: {}, secret: apiTokenCreate.secret };
  });
}

export function revokeToken(event: IdentityActionEvent) {
  return act('revokeToken', event, async (data, values) => {
    const { apiTokenRevoke } = await event.locals.api(ApiTokenRevokeMutation, { input: { id: text(data, 'id') } });
    if (apiTokenRevoke.userErrors.length > 0) return rejected('revokeToken', event, values, apiTokenRevoke.userErrors);
    return { form: 'revokeToken', values: {}, errors: {} };
  });
}
