/* sha256 — the SHA-256 digest (FIPS 180-4), for content keys in the store and the
 * fingerprint of the rules an extraction was made with. No library offers it here
 * without pulling in a TLS stack, and it is short. */
#ifndef EVGRAPH_SHA256_H
#define EVGRAPH_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t h[8];
    uint64_t len;        /* bytes hashed so far */
    unsigned char buf[64];
    size_t nbuf;
} sha256_ctx;

void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t n);
/* Writes the digest as 64 lower-case hex digits and a NUL into hex. */
void sha256_final_hex(sha256_ctx *c, char hex[65]);

#endif
