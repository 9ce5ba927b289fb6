# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = Escrever uma mensagem a pedir um defensor
request-heading = Pedir um defensor
request-intro =
    { $audience ->
        [carer] Preencha o que puder. Escrevemos uma mensagem curta em inglês para o serviço de IMHA e mostramo-la também na sua língua, para que a possa verificar. Nada é enviado nem guardado, a não ser que a envie a partir do seu telemóvel.
        [staff] Preencha o que o/a doente aceitar. Escrevemos uma mensagem curta em inglês para o serviço de IMHA. Nada é enviado nem guardado, a não ser que a envie.
       *[patient] Preencha o que quiser. Escrevemos uma mensagem curta em inglês para o serviço de IMHA e mostramo-la também na sua língua, para que a possa verificar. Nada é enviado nem guardado, a não ser que a envie a partir do seu telemóvel.
    }
request-name-label =
    { $audience ->
        [carer] Nome da pessoa que precisa de um defensor
        [staff] Nome do/a doente
       *[patient] O seu nome
    }
request-place-label =
    { $audience ->
        [carer] Onde a pessoa está
        [staff] Enfermaria e hospital
       *[patient] Onde está
    }
    .hint = Por exemplo, a enfermaria e o hospital, ou a localidade
request-contact-label =
    { $audience ->
        [carer] O seu nome e um número de telefone para o qual o serviço lhe possa ligar
        [staff] O seu nome, a sua função e o número de telefone da enfermaria
       *[patient] Um número de telefone para o qual o serviço lhe possa ligar, se tiver um
    }
request-language-label =
    { $audience ->
        [patient] A língua que fala
       *[other] A língua que a pessoa fala
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = Outra língua
request-other-language-label = Que língua?
request-interpreter-legend =
    { $audience ->
        [patient] Precisa de um intérprete?
       *[other] A pessoa precisa de um intérprete?
    }
request-yes = Sim
request-no = Não
request-english-heading = A mensagem, em inglês
request-translation-heading = O que diz, na sua língua
request-not-saved = Esta mensagem não é guardada. Quando sair desta página, desaparece.
# The provider’s name is shown above these links.
request-send-text = Enviar por mensagem de texto
request-send-email = Enviar por e-mail
request-or-call = Ou ligue para:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] Mostre esta mensagem aos profissionais da enfermaria ou à equipa de cuidados da pessoa sobre quem está a perguntar. Têm de ajudar essa pessoa a contactar o serviço de IMHA.
        [staff] Transmita esta mensagem ao serviço local de IMHA.
       *[patient] Mostre esta mensagem a um enfermeiro ou aos profissionais da enfermaria. Têm de lhe dar ajuda para contactar o serviço de IMHA.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = Mostrar a mensagem em ecrã inteiro
request-card-close = Fechar
