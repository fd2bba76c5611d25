-- Version 20: the stored hashes of the log's perfect subtrees (issue 16, docs/transparency.md §5),
-- so that an inclusion or consistency proof reads O(log n) rows instead of every leaf hash.
-- subtree = (index << 6) | level names the 2^level leaves from leaf index * 2^level (level 0: a
-- leaf, whose hash is its entry's leaf_hash); hash = SHA-256(0x01 || left || right) of the two
-- halves, lower-case hex, as in RFC 6962. Every append stores the subtrees it completes; the
-- statements below fill them in once for a log written before this version: the leaves, then each
-- level from the one below (levels 1 to 40: logs of up to 2^40 entries).
CREATE TABLE transparency_node (
  subtree BIGINT   PRIMARY KEY,
  hash    CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

INSERT INTO transparency_node (subtree, hash) SELECT leaf_index * 64, leaf_hash FROM transparency_entry;

INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 1, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 0;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 2, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 1;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 3, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 2;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 4, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 3;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 5, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 4;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 6, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 5;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 7, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 6;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 8, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 7;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 9, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 8;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 10, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 9;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 11, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 10;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 12, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 11;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 13, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 12;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 14, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 13;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 15, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 14;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 16, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 15;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 17, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 16;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 18, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 17;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 19, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 18;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 20, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 19;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 21, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 20;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 22, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 21;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 23, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 22;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 24, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 23;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 25, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 24;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 26, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 25;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 27, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 26;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 28, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 27;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 29, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 28;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 30, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 29;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 31, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 30;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 32, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 31;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 33, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 32;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 34, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 33;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 35, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 34;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 36, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 35;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 37, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 36;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 38, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 37;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 39, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 38;
INSERT INTO transparency_node (subtree, hash) SELECT (l.subtree DIV 128) * 64 + 40, SHA2(CONCAT(0x01, UNHEX(l.hash), UNHEX(r.hash)), 256) FROM transparency_node l JOIN transparency_node r ON r.subtree = l.subtree + 64 WHERE l.subtree % 128 = 39;
