import { graphql } from '@shabaka/graphql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      viewer {
        name
      }
      userErrors {
        field
        code
        message
        retryAfterSeconds
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: AccountSignUpInput!) {
    accountSignUp(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    sessionDelete {
      userErrors {
        code
      }
    }
  }
`);

export const EmailVerifyMutation = graphql(`
  mutation EmailVerify($input: AccountEmailVerifyInput!) {
    accountEmailVerify(input: $input) {
      viewer {
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const EmailChangeUndoMutation = graphql(`
  mutation EmailChangeUndo($input: AccountEmailChangeUndoInput!) {
    accountEmailChangeUndo(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PasswordResetRequestMutation = graphql(`
  mutation PasswordResetRequest($input: AccountPasswordResetRequestInput!) {
    accountPasswordResetRequest(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const PasswordResetMutation = graphql(`
  mutation PasswordReset($input: AccountPasswordResetInput!) {
    accountPasswordReset(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const SessionRevokeMutation = graphql(`
  mutation SessionRevoke($input: SessionRevokeInput!) {
    sessionRevoke(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ApiTokenCreateMutation = graphql(`
  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) {
      secret
      apiToken {
        id
        name
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ApiTokenRevokeMutation = graphql(`
  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {
    apiTokenRevoke(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);
