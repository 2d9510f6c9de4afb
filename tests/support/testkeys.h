#pragma once

#include <QByteArray>
#include <QString>

namespace hookline::test {

// Fixed keys for known-answer tests. Test material only: never used outside tests/.
// kFixedKeyPem was made with `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`; the
// expected n, kid and token were computed from it with openssl and Python alone (not with
// Hookline's code): n from `openssl rsa -modulus`, the kid as in RFC 7638 with hashlib, the token
// by signing with `openssl dgst -sha256 -sign`.
inline const QByteArray kFixedKeyPem = QByteArrayLiteral(R"pem(-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCqR9AShKqHZ2FL
705d1IMr3UZLAJyGxmHIsgurJ1lAsoRqO10vtD72TLOeSdGZNA5Cv9xemR0tFt2T
7s295KLpfAETHKs3ig/iTDnxO83MGWR5l/a8UIAW3TPWPVSDGXZqHv87LDvWxBI5
ob/FkvsF5L4vBd7VC62EjnKa460P2YCqPjtgMznwzssphE+quXHNzjy3yZU+SAYr
xjXfRGLBU0MbeiqQHiQAJwIQEk30Kxg0e27xu/Za+lALlaFggtYdP5/57wfT4f8U
ijwnEf5ywcpTUwnjyircJbtCBn52l4ziM5PRc+dowtLE+FItQilkQK3N+rSN6o+C
WQ93JUDLAgMBAAECggEABMg0gzifk2LnXBsR39e2gVZbAYM4Yh6TI3BAnKNjwcnh
pxwYr1zIAeHAj5ryHHPWTLCXrz5sj9YbDesAcytHGfiGDTPaaRpi/M94NxqfWnKC
HFoUr1AxcLLwoD0jsPTXmv5Y26AP5CWof17YBGPu0ckNQEPRcLk9u8HGXSw0sYO1
8qStCSCnye0iHvQdFlIAtue//T2vZYArXP5LJtLb7bCcb/iWFRCzW6WE++C6T/bu
U540vUZG4rEm3Ulw8P/g2OvIMlgKSV9znAiElKFC5nbZ6LSdZuvMyfgrtsVZqKFw
dDNGhsDcC+K9w1BMlnXzoKvcaeLpZupG2tZ+RzrhjQKBgQDhpRQQcFxlnnKhW5iC
e3xXUF1E/ah+ki+wU4ZMTqBHZfa7c6MoguZvNebgK37VgLafpcIHprE+Nty+DjXx
qTIDMfon3LgWVIyC5kvFZ37vocIzcssCddWpcx39/ioH2/o700qomjp3lRXJHM0i
ECGV/fFrCRagoxAUqzue27GnPwKBgQDBMA692JWJen/DssPyH3Bsf3aLyt2cCUco
r8B7vCzwXtVQbKcVS33jnbA5EOrLUs3MJTfJ+2i5QhW0JUA4PmZVw3kOYt35t0kb
uNUEC7/pOuHpJHmMZaanaiYJN8BOjEY7nlob0xfxfyMbUGSCANEAo8pGxLTiohVH
Sl/XKDDvdQKBgQC5CbV1cZ7jmlboaYOcZQVnWLjTraux99FxqFz2UHfxdPUrbT28
J/Qt+KbW5/Q/wyh/rN97hL/OhBDrLh4giZ5Arog0jjTL4xPC+HXkcOXQPvdRV26R
Gu5W4dcThY0UGtmOm8uajbcqfzB5VswFhfL03GVQYAiVPIMgX/cpY4HA4wKBgGUX
Nr+VNDrqhSzswKhUV0oPMQNZtrlOCZR602hsQb/OgCVDlfMIu+l9vJdACP04aURo
PVdOXbCDqkPIMmC8FmTOkuw6RBnGFVWSVLV3SIdNLqYHVitnjduRKjIsoE76DE5q
QJDK136hnsdOPCnjL3r8On7ptBXb5vKVMq2t9F15AoGBAJuVfCWSQttqxW6dBISQ
YGInKoc7OXRXrzPPt7bRMjQgwuphd9xLa+vTHtk1Md0KJwzTr6Vlfo531zgtKq/+
jYCoAvxQhKm9AVVKk0I2bAzlVPFYambsyMk+60zZmXsafy8Mgr2s5evbmoe+bjeq
3G/26nzVCKwHqDladCQ8ZUBP
-----END PRIVATE KEY-----
)pem");
inline const QByteArray kEcKeyPem = QByteArrayLiteral(R"pem(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg71nrUbmSIueQr2Zk
H3BXXowklAlLSSemZb9t8onalgKhRANCAAQr0UzckCqPM1tF+I63XZx5GLpsJ7YZ
FsGJAcGrr1LN31DflmTiyYfUiFLmUbkbxjD6wjDHO1cC2+VBuPeMV37n
-----END PRIVATE KEY-----
)pem");
inline const QByteArray kRsa1024Pem = QByteArrayLiteral(R"pem(-----BEGIN PRIVATE KEY-----
MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBANM6KufPdE4377Zw
LPdUDtHVaDE4hezfXiXpscKcah9u6h8oV2pN8oyDKgShrDk9/EihA9pIfGkpQv8p
UYEOQ0oz4fcJ7LnzWWSTjFDo5oFjvukeiJ6QK4bPFWnYpOgZoX0QGOQjados53oK
hXmkaOtP4k+fuWiQ6IFO6IjNs9SRAgMBAAECgYEAm1ixS3FYgVpEMzHG8FNi3tIL
4f9HB9GzRUDdGlq89cc16ppZx/Xxx4ODuIpKxoKe869vzO74iMLu4gg6SCb8NtTX
OAidAU0PUsYRSAlgYfXs3E2sJvcxk4UiX0EjgPaDqMPqnz1K9t1jbg89MAyPpXtk
2AykLPBs29/imR8gbW0CQQD2fxdMAF27+mCqun5vsVlb1y2NxroAb5UYViwzGL4G
6w2mWO7/oFFYoTxuRcfZkcTjUcfkaNf70hO5WCqBF0JTAkEA2174iTaukAN/NaMI
xHzryc/EThe5vsCZMnFaiD2wbDR4oAo+/9bVS1eCu8k8GFAYAktIxNDBbAmcOsO3
1WK5CwJAGx48R+Y6abXP8Lh3tH4EYLA5mMFmMSoVcwn37t8n+MbfR4+9K25NxLxo
U5FlvS/mQ0P6A8ztBg1Ekj1635zZdQJAVf3iexceUoGsagAgvbUiUJfLIbmXLDkf
VHCuxl04PRJMfp/FllBGiCQjsSzvC7DJ2IxeWBhk2c7imP6Dn3f1hQJAI0KaYrcC
4eQZxW86C+Xti0+1nRHnB6jk6DGZkvksuFI/ZHHgIhP1wuMNggrhM8InvtJPa7mx
pzNSDmwB/HjvSw==
-----END PRIVATE KEY-----
)pem");
inline const QByteArray kEncryptedFixedKeyPem =
    QByteArrayLiteral(R"pem(-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIIByU6l7Z6/MCAggA
MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBAYcsorAHGETxCthadl/D+9BIIE
0GvngN79LH+UAd3JE1vgwI1cLlH1r9D58TyJB0XFyEyGKSRiQ8/W5UKt1AFTyqw5
BgtN6bGs5IOOoWciJRJ3DLF6EljwkBYUxlzprLVwJJBZWpruFCH217T284Mpxsea
kRQD1T5BZ8wIzUPkcvu7yNSBI0xHLRVP6KumySdjPw2pQ38SndDM16RLSmaqq9W9
XqILFfSb1wXgdcuJZ+wyNraQzgYLGizaMRpAJ+1MJdkicV8vQSJXJ5BWjI6r7dTG
BNPwE/6UxJluoMYxFyzgNNpZgpBKpvgAKfvexOVsVcYgdWHjvjepMaavhxHdBwzo
Y/z7TEmz7yV70slSUbGigAHln6S4vb+0CE9tKd4dJRsB9ZLQm8EKGz5g46rTBj/H
VihLz7VMgu+Ey2UgLZhyS7thpmlBM1VXaUVRX0LstisRhJwLmUGftcxmwej/5JgW
HDxv59AvhSMZpk3/1TkhMuM1VDANGudszmC8mChV15LxesLarRAhg8shlroUNqAr
CPdBtibFaIpUmgOcfOfLHw7lfMYs8dtVQS9lLMOz7pG7IJflo7q8oagxJpMJ70Yk
9En3hRSGSpRTD2NaS3hGZlRNuWxbnFQJzLIfxWY/q++SM4ss02lpI6rpbALR0WU2
71ETKjVm4Gl8mLWMNpmIEfakQJ5N6peLXvWq0h2lMt6zXs9DKsTPIz/avSPjQK8K
CpvPQp4EYkmT+zGExSjrJWm7JkuvqbSMi/DopHiVZwVK1Ne4tskSxyTYr8HgEpS5
wt2s49GZdjs7yVGv93T21zxAARrX4IGoo1WD/PDfP9d25bXl9nPnW3J/MFh1GKYh
iN4FX6xaSSm2BWd0ZnVl+utEJ3FIeOh6c8Uds/yd+ummMIyH0bWxZMdGrW8hug9R
8KiDb/pzXKm5/jT2pcqjJQfE4ImJbVxE0/CuaFYex0SdlBNQ/ygsd7rMjB25Mutg
odd0HY75t5aDvHrGw+rcvctJgQ9qeqGdcqC+tmlvxW83MVYnuzJtuJFaPVj+qmQV
f+K8KtuP/Uwn4bFTkl7FF0RWhObZf+PRBtBOHLG2a+I5q1DJJ8B2eNHKc6jZLCMV
hmaC8HRorA60cxshf/6gn0FygTKuLmEM7bQJi6HBtDHpqaamnBFX0P4k9hnR6DJE
/Jy+ckHZuAhQ1Hq+SbZvl1OH8WhfzdxsElCbWCP7gwIYee6maRRwPyauMH/vEKA9
IX2ATTeAUs7w3xLeM5eVg68DSPKBi6D2/hevCc9dN6fb/xvHV4H//FSvC3TLyJFJ
OtOUSu9AlsQYOSSuvDDgPf7Z5lL3EO7ZVj5g2IJyw3EFhzlAvCMHNaZWBovHAsZZ
AaRgsOBWKRWogWIxwkFa42gXWKt/L5DSTXdYCqGUacnSvlojq8gU1is1mQa0Nlv9
LjUapegdR4iFFFEkSzUZTJFefIsJVkNcNdkos6OnrxhAe2sIV8LWrFnGzsnLRr6k
maSKh4AaQBcu4zBygfssOFuMANN0Rdl5DeqDPZLihzjcsLiWrUuQhcxk/MyuuV5z
KLeWccD88ndsl0RpZ0bsO7CAUNOBBL8K3TiSwC2c2c4yevSXak1kM8AJjzz0flhV
8lSRLrqxbUxvHfj19fxEu1EFAIwpGoRY36GmlGfZCuEL
-----END ENCRYPTED PRIVATE KEY-----
)pem");

inline const QString kFixedKeyN =
    QStringLiteral("qkfQEoSqh2dhS-9OXdSDK91GSwCchsZhyLILqydZQLKEajtdL7Q-9kyznknRmTQOQr_cXpkdLRbdk-"
                   "7NveSi6XwBExyrN4oP4kw58TvNzBlkeZf2vFCAFt0z1j1Ugxl2ah7_Oyw71sQSOaG_xZL7BeS-"
                   "LwXe1QuthI5ymuOtD9mAqj47YDM58M7LKYRPqrlxzc48t8mVPkgGK8Y130RiwVNDG3oqkB4kACcCEBJ"
                   "N9CsYNHtu8bv2WvpQC5WhYILWHT-f-e8H0-H_FIo8JxH-csHKU1MJ48oq3CW7QgZ-"
                   "dpeM4jOT0XPnaMLSxPhSLUIpZECtzfq0jeqPglkPdyVAyw");
inline const QString kFixedKeyKid = QStringLiteral("ifSK6EsYwB2lYCfoQbOQNGUlj73m3D07eoHoLjvu4bQ");
// For the request built by fixedRequest() in tst_signingkey.cpp, signed at 1764092814.
inline const QByteArray kFixedToken = QByteArrayLiteral(
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImlmU0s2RXNZd0IybFlDZm9RYk9RTkdVbGo3M20zRDA3ZW9Ib0"
    "xqdnU0YlEifQ."
    "eyJhdWQiOiJ3aF9rYXQiLCJib2R5X3NoYTI1NiI6IjdQUjJUYmNRYTJlMFhLLXJfZy0xLWV6UWh4OHMyS0N6c1o2WnFITl"
    "pPVm8iLCJldmVudF9pZCI6ImV2dF8wMSIsImV2ZW50X3R5cGUiOiJ3ZWJob29rLnRlc3QiLCJleHAiOjE3NjQwOTMxMTQs"
    "ImhlYWRlcnNfc2hhMjU2IjoiYWo4RWtubkZDQzZjN1dtVWlWY2gxT3JhajUyZzM2cm1VOFE3Z2lGRWc3MCIsImlhdCI6MT"
    "c2NDA5MjgxNCwiaWRlbXBvdGVuY3lfa2V5IjoiaWRlbV9rYXQiLCJpc3MiOiJob29rbGluZSIsImp0aSI6Imp0aV9rYXQi"
    "LCJtZXRob2QiOiJQT1NUIiwidGVzdF9tb2RlIjp0cnVlLCJ1cmwiOiJodHRwczovL3JlY2VpdmVyLmV4YW1wbGUvaG9vaz"
    "94PTEifQ.Un_sJwDpE9qocIHBpaH-pEO4aDMjPHQD9eGN3NkebPqY6Zi2FIBiU3NTFUx5-RWVEfQS-s1xCb1K5yvf_"
    "LVrpev8XG0TmWBt10ibE9KCX78KyNdeXeQ_Q988vXw0eaGG0-IDTbeRX1N7Yfq4DgeKb6sxtymtdWhFgRiJCEgR6W-"
    "pinQqImBrma-dNri9lkVWarEESyVEVgppnA1PYiItBLdqN0WjVS1TUKnqatvBBUWKJFksghlg8Ba6W7OVSxWYS_"
    "fmH6ZGtL5s9TOiOk302p2L7Dl6lqW7hwHEukVa1GRnWthIszwd0UeJ0A1vS7fIDqZfGDAVSea42JY8hO1mPQ");

} // namespace hookline::test
