/**
 * The login screen: e-mail and password, then the e-mailed authentication code, as the portal guide
 * describes; the demo inbox on demo servers.
 *
 * <p>May use {@code ui.common}, {@code client}, {@code api} and {@code domain}.
 */
package org.providerdesk.ui.login;
