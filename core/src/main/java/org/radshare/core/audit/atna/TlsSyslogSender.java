/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.core.audit.atna;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Syslog over TLS (RFC 5425) to the audit record repository with the JDK's TLS alone: TLS 1.2 or
 * 1.3, the server certificate must chain to the configured CA certificates and match the host name.
 */
public final class TlsSyslogSender implements AtnaQueue.MessageSink {

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int READ_TIMEOUT_MILLIS = 10_000;

  private final String host;
  private final int port;
  private final SSLContext context;

  /** A sender to {@code host:port} trusting the CA certificates in {@code trustedPem}. */
  public TlsSyslogSender(String host, int port, Path trustedPem) throws IOException {
    this.host = host;
    this.port = port;
    this.context = contextTrusting(trustedPem);
  }

  @Override
  public Session open() throws IOException {
    SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
    try {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      SSLParameters params = socket.getSSLParameters();
      params.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
      params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
      socket.setSSLParameters(params);
      socket.startHandshake();
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    OutputStream out = socket.getOutputStream();
    return new Session() {
      @Override
      public void send(byte[] message) throws IOException {
        out.write(SyslogFrame.frame(message));
        out.flush();
      }

      @Override
      public void close() throws IOException {
        socket.close();
      }
    };
  }

  private static SSLContext contextTrusting(Path pem) throws IOException {
    try (InputStream in = Files.newInputStream(pem)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new IOException("no certificates in " + pem);
      }
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      int i = 0;
      for (Certificate c : certificates) {
        trust.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException(
          "cannot use the trusted certificates in " + pem + ": " + e.getMessage(), e);
    }
  }
}
