/**
 * The login screen: e-mail and password, then the e-mailed authentication code, as the portal guide
 * describes; the demo inbox on demo servers. "Forgotten password" (the guide's reset: code, Next, new password
 * twice, Finish, OK), and, after a login whose password no longer opens the saved data (changed on another
 * computer), the previous password or, if unknown, what starting afresh loses.
 *
 * <p>May use {@code ui.common}, {@code client}, {@code api} and {@code domain}.
 */
package org.providerdesk.ui.login;
