package dev.earshot.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate chain and its private key from PEM files (what certbot and openssl write) as an in-memory key
 * store for the TLS connector. The key may be PKCS#8 ({@code BEGIN PRIVATE KEY}, RSA or EC) or PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}); an encrypted key is refused with a message saying how to decrypt it.
 */
final class PemKeyStore {
    static final char[] PASSWORD = "earshot".toCharArray();
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private PemKeyStore() {
    }

    static KeyStore load(Path certFile, Path keyFile) {
        try {
            Certificate[] chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(certFile))).toArray(new Certificate[0]);
            if (chain.length == 0) {
                throw new IllegalArgumentException("no certificate in " + certFile);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("earshot", privateKey(keyFile), PASSWORD, chain);
            return store;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the TLS certificate or key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the TLS certificate or key is not usable: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path keyFile) throws IOException, GeneralSecurityException {
        Matcher m = BLOCK.matcher(Files.readString(keyFile, StandardCharsets.US_ASCII));
        while (m.find()) {
            String type = m.group(1);
            byte[] der = Base64.getMimeDecoder().decode(m.group(2).strip());
            switch (type) {
                case "PRIVATE KEY" -> {
                    return pkcs8(der);
                }
                case "RSA PRIVATE KEY" -> {
                    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrapPkcs1(der)));
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException("the TLS key " + keyFile
                        + " is encrypted; decrypt it first: openssl pkey -in " + keyFile + " -out plain-key.pem");
                default -> {
                    // EC PARAMETERS and the like: look further
                }
            }
        }
        throw new IllegalArgumentException("no PEM private key (PKCS#8 or PKCS#1) in " + keyFile);
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        GeneralSecurityException last = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    /** PKCS#1 RSAPrivateKey into PKCS#8 PrivateKeyInfo: SEQUENCE { 0, { rsaEncryption, NULL }, OCTET STRING }. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01,
                0x01, 0x05, 0x00};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x02, 0x01, 0x00});
        body.writeBytes(algorithm);
        body.write(0x04);
        body.writeBytes(length(pkcs1.length));
        body.writeBytes(pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.writeBytes(length(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] length(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        if (n < 0x100) {
            return new byte[] {(byte) 0x81, (byte) n};
        }
        if (n < 0x10000) {
            return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        }
        return new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    }
}
