"""Why a sign-in through a provider failed, as a Dutch page with the right status."""

from __future__ import annotations

from litestar.exceptions import HTTPException

#: reason -> the sentence the user reads (the provider's name filled in).
MESSAGES = {
    "unknown_provider": "Deze inlogkoppeling bestaat niet.",
    "not_configured": "De inlogkoppeling met {provider} is niet volledig ingesteld; neem contact op met de beheerder.",
    "provider_down": "De inlogdienst van {provider} is niet bereikbaar. Probeer het later opnieuw; "
                     "beheerders kunnen met hun wachtwoord inloggen.",
    "provider_timeout": "De inlogdienst van {provider} antwoordt niet op tijd. Probeer het later opnieuw; "
                        "beheerders kunnen met hun wachtwoord inloggen.",
    "provider_response": "De inlogdienst van {provider} gaf een onbruikbaar antwoord. Probeer het later opnieuw.",
    "provider_error": "De inlogdienst van {provider} heeft het inloggen afgebroken.",
    "state": "Deze inlogpoging is niet hier begonnen of is verlopen. Begin opnieuw bij de inlogpagina.",
    "code_refused": "De inlogcode van {provider} is al gebruikt of verlopen. Begin opnieuw bij de inlogpagina.",
    "token_malformed": "Het bewijs van aanmelding van {provider} is onleesbaar.",
    "unknown_key": "Het bewijs van aanmelding is ondertekend met een sleutel die {provider} niet kent.",
    "wrong_nonce": "Het bewijs van aanmelding hoort niet bij deze inlogpoging.",
    "wrong_audience": "Het bewijs van aanmelding is niet voor dit register bestemd.",
    "wrong_issuer": "Het bewijs van aanmelding komt niet van {provider}.",
    "token_expired": "Het bewijs van aanmelding is verlopen. Begin opnieuw bij de inlogpagina.",
    "token_claims": "Het bewijs van aanmelding mist gegevens die nodig zijn.",
    "claim_oversized": "Het bewijs van aanmelding van {provider} bevat te veel of te lange gegevens.",
    "claim_malformed": "Het bewijs van aanmelding van {provider} bevat een onbruikbaar gegeven: {detail}.",
    "no_access": "U bent aangemeld bij {provider}, maar uw groepen geven geen toegang tot het register. "
                 "Vraag de functioneel beheerder van het register of uw IT-afdeling om u toe te voegen "
                 "aan de juiste groep.",
    "account_inactive": "Uw account in het register is uitgeschakeld. Neem contact op met de beheerder.",
    "email_taken": "Er bestaat al een account met het e-mailadres {detail}. Een beheerder kan dat account "
                   "aan {provider} koppelen (vwo sso link).",
}


class SsoFailure(HTTPException):
    """A sign-in that ends here: 4xx for what the user or token got wrong, 502/503 for the provider."""

    def __init__(self, status_code: int, reason: str, provider: str = "", detail: str = "") -> None:
        message = MESSAGES[reason].format(provider=provider or "de organisatie", detail=detail)
        super().__init__(status_code=status_code, detail=message)
        self.reason = reason
