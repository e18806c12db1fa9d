package org.ikametguide.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A client address as the limits count it: an IPv4 address as it is, an IPv6 address by its /64 network (one
 * subscriber commonly holds a whole /64, so single IPv6 addresses would cost an attacker nothing). Behind a reverse
 * proxy the address is the one Tomcat takes from X-Forwarded-For (server.forward-headers-strategy=native).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String key(String address) {
		if (address == null) {
			return "unknown";
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			// A literal address: no name lookup happens.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return (bytes.length == 16) ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/** The address of the request being served, or null outside a request. */
	static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
