// Account messages: strictly transactional, so none carries an unsubscribe link (a person cannot opt out of them).
import { renderMail } from '../render-mail.js';

export function verifyEmailMail(input: { displayName: string; url: string; hoursValid: number }) {
  return renderMail({
    subject: 'Confirm your email address for Vocare',
    preview: 'One click and your account is fully yours.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: 'Welcome to Vocare. Please confirm that this address is yours, so supervisors, organizations and fellow readers know they are dealing with you.',
      },
      { kind: 'action', label: 'Confirm my address', url: input.url },
      {
        kind: 'small',
        text: `The link works once and for ${input.hoursValid} hours. If you did not sign up for Vocare, ignore this message and nothing happens.`,
      },
    ],
  });
}

export function accountExistsMail(input: { displayName: string; signInUrl: string; resetUrl: string }) {
  return renderMail({
    subject: 'Someone tried to sign up to Vocare with your address',
    preview: 'You already have an account; here is how to get back in.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: 'Someone, perhaps you, just tried to create a new Vocare account with this address. You already have one, so no new account was made.',
      },
      { kind: 'action', label: 'Sign in', url: input.signInUrl },
      { kind: 'paragraph', text: 'Forgotten your password? You can choose a new one here:' },
      { kind: 'action', label: 'Reset my password', url: input.resetUrl },
      { kind: 'small', text: 'If this was not you, you can ignore this message: your account has not changed.' },
    ],
  });
}

export function passwordResetMail(input: { displayName: string; url: string; minutesValid: number }) {
  return renderMail({
    subject: 'Reset your Vocare password',
    preview: 'Choose a new password with the link inside.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      { kind: 'paragraph', text: 'We got a request to reset the password of your Vocare account.' },
      { kind: 'action', label: 'Choose a new password', url: input.url },
      {
        kind: 'small',
        text: `The link works once and for ${input.minutesValid} minutes. Choosing a new password signs you out everywhere else. If you did not ask for this, ignore this message: your password stays as it is.`,
      },
    ],
  });
}

export function passwordChangedMail(input: { displayName: string; resetUrl: string }) {
  return renderMail({
    subject: 'Your Vocare password was changed',
    preview: 'Every other session has been signed out.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: 'The password of your Vocare account was just changed, and every other session was signed out.',
      },
      { kind: 'paragraph', text: 'If that was not you, reset your password straight away:' },
      { kind: 'action', label: 'Reset my password', url: input.resetUrl },
    ],
  });
}

export function emailChangeConfirmMail(input: { displayName: string; url: string; hoursValid: number }) {
  return renderMail({
    subject: 'Confirm your new email address for Vocare',
    preview: 'Your account moves to this address once you confirm.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: 'You asked to use this address for your Vocare account. It takes effect once you confirm it.',
      },
      { kind: 'action', label: 'Use this address', url: input.url },
      {
        kind: 'small',
        text: `The link works once and for ${input.hoursValid} hours. If you did not ask for this, ignore this message.`,
      },
    ],
  });
}

export function emailChangeNoticeMail(input: { displayName: string; newEmail: string }) {
  return renderMail({
    subject: 'Your Vocare email address is changing',
    preview: `A change to ${input.newEmail} was requested.`,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: `Someone signed in to your Vocare account asked to move it to ${input.newEmail}. The change happens only when that address confirms it.`,
      },
      {
        kind: 'paragraph',
        text: 'If this was not you, sign in and change your password now: the request is cancelled when you do.',
      },
    ],
  });
}
