/* libFuzzer target: cal_parse_date and dates_tag_sentence on arbitrary bytes, with a
 * fixed anchor and both day orders. Checks each timex lies inside the sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

static dates_ctx *mdy, *dmy;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ev_err err;
    mdy = dates_new(DATES_ORDER_MDY, &err);
    dmy = dates_new(DATES_ORDER_DMY, &err);
    if (!mdy || !dmy)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The text is NUL-terminated, as document text always is. */
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    ymd d;
    size_t used = cal_parse_date(text, size, &d);
    if (used > size)
        abort();
    if (used && d.y) {
        char buf[32];
        cal_format(d, PREC_DAY, buf, sizeof buf);
    }
    ymd anchor = {2024, 10, 13}, none = {0, 0, 0};
    dates_ctx *ctxs[2] = {mdy, dmy};
    for (int i = 0; i < 2; i++) {
        timex_list tx = {0};
        dates_tag_sentence(ctxs[i], text, 0, size, i ? none : anchor, &tx);
        for (size_t k = 0; k < tx.n; k++)
            if (tx.v[k].start > tx.v[k].end || tx.v[k].end > size ||
                memchr(tx.v[k].value, '\0', sizeof tx.v[k].value) == NULL)
                abort();
        timex_list_free(&tx);
    }
    free(text);
    return 0;
}
