// A real OpenID Connect provider (the certified node-oidc-provider) for ItInventory's single sign-on end-to-end test.
// Usage: node provider.js --port 5111 --redirect-uri http://127.0.0.1:5000/signin-oidc
// It prints "ready <issuer>" once it listens; the discovery document is at <issuer>/.well-known/openid-configuration.
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const CLIENT_ID = 'itinventory';
const CLIENT_SECRET = 'itinventory-test-secret';

// Who may sign in and which groups the provider reports for them, as a Keycloak "groups" mapper would.
// Any other login name signs in too, with no groups at all.
const ACCOUNTS = {
  ingrid: { name: 'Ingrid Leitner', email: 'ingrid@musterstadt.example', groups: ['itinventory-it-leitung', 'alle-mitarbeitenden'] },
  anna: { name: 'Anna Admin', email: 'anna@musterstadt.example', groups: ['itinventory-beschaffung', 'itinventory-administration'] },
  otto: { name: 'Otto Normal', email: 'otto@musterstadt.example', groups: ['alle-mitarbeitenden'] },
};

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'redirect-uri': { type: 'string' },
  },
});
if (!values.port || !values['redirect-uri']) {
  console.error('Aufruf: node provider.js --port <Port> --redirect-uri <Redirect-URI der App>');
  process.exit(2);
}

const issuer = `http://127.0.0.1:${values.port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    redirect_uris: [values['redirect-uri']],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    // ASP.NET Core's handler sends the secret in the form body.
    token_endpoint_auth_method: 'client_secret_post',
  }],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email'],
    groups: ['groups'],
  },
  async findAccount(ctx, id) {
    const account = ACCOUNTS[id] ?? { name: id, groups: [] };
    return {
      accountId: id,
      async claims() {
        return { sub: id, preferred_username: id, name: account.name, email: account.email, groups: account.groups };
      },
    };
  },
  // The app is a first-party client: no consent screen, as a city's Keycloak would be configured.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
    grant.addOIDCScope('openid profile email groups');
    grant.addOIDCClaims(['sub', 'name', 'preferred_username', 'email', 'groups']);
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['itinventory-test-cookie-key'] },
});

provider.listen(Number(values.port), '127.0.0.1', () => console.log(`ready ${issuer}`));
