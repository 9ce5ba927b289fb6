# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = O seu serviço local de IMHA é:
provider-phone = Telefone
provider-text = Mensagem de texto
provider-email = E-mail
provider-hours = Horário
provider-referral = Pedir um defensor online
provider-bsl = Língua gestual britânica (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = Não foi possível mostrar os contactos do seu serviço local de IMHA.

## Page for staff

staff-heading = Informar os doentes sobre os defensores independentes de saúde mental
staff-intro = A lei diz que os doentes que podem ter um IMHA têm de receber ajuda para compreender o que um IMHA pode fazer e como obter um. É o dever de informar.
staff-who-heading = Quem tem de ser informado
staff-who = Todos os doentes que podem ter um IMHA. Em Inglaterra: doentes sujeitos a internamento compulsivo ao abrigo de qualquer secção, exceto os poderes de retenção (secções 4, 5(2) e 5(4)) e os locais seguros (secções 135 e 136), por exemplo, as secções 2, 3, 35 a 38, 45A, 47 e 48, incluindo quando estão de licença; doentes com uma ordem de tratamento na comunidade, sob tutela ou com alta condicional; e qualquer pessoa que esteja a discutir uma cirurgia ao cérebro por perturbação mental, um implante de hormonas para reduzir o desejo sexual ou (se tiver menos de 18 anos) a ECT. No País de Gales: os mesmos e, também, os doentes ao abrigo das secções 4, 5(2) e 5(4), e todos os doentes em internamento informal para avaliação ou tratamento de uma perturbação mental. Os locais seguros não dão esse direito em nenhum dos dois países.
staff-when-heading = Quando informar
staff-when-detention = Logo que seja praticável depois de poderem ter um IMHA: quando ficam em internamento compulsivo, passam a ter uma CTO, são colocados sob tutela ou têm alta condicional, ou enquanto se discute um tratamento que dá esse direito.
staff-when-change = Quando a secção muda, por exemplo, da secção 2 para a secção 3.
staff-when-ward-rounds = Antes das visitas médicas à enfermaria (ward rounds) e das revisões dos cuidados.
staff-when-tribunal = Antes das audiências do Tribunal e da administração do hospital, e quando uma secção é renovada.
staff-when-medication = Antes das revisões da medicação, e quando um médico de segunda opinião (SOAD) vier fazer uma visita.
staff-how-heading = Como informar
staff-how = Informe oralmente e entregue a informação por escrito. Verifique se o/a doente compreendeu. Se estiver demasiado doente, tente outra vez mais tarde. Use um intérprete, leitura fácil (Easy Read) ou língua gestual britânica (BSL), quando for preciso.
staff-nearest-relative = A não ser que o/a doente se oponha, envie uma cópia da informação escrita ao seu familiar mais próximo (nearest relative). Isto aplica-se a doentes em internamento compulsivo, na comunidade e sob tutela, mas não a doentes em secções de tribunal ou de prisão, nem a doentes que só têm direito por causa de uma discussão sobre tratamento. No País de Gales, a cópia de um/a doente em internamento informal vai para as pessoas indicadas na secção 130L(6).
# "nominated person": "pessoa nomeada (nominated person)" is a draft term, for
# review. It is the new legal term of the Mental Health Act 2025: a person the
# patient chooses to replace the nearest relative.
staff-nominated-person = A não ser que o/a doente se oponha, envie uma cópia da informação escrita à sua pessoa nomeada (nominated person). Isto não se aplica a doentes que só têm direito por causa de uma discussão sobre tratamento. No País de Gales, a cópia de um/a doente em internamento informal vai para as pessoas indicadas na secção 130L(6).
staff-referral-heading = Como fazer um encaminhamento
staff-referral = Os doentes podem contactar o serviço de IMHA diretamente. Os profissionais também podem fazer o encaminhamento, com o acordo do/a doente, ou quando o/a doente não é capaz de decidir e um IMHA o/a ajudaria. Dê ao serviço de IMHA o nome do/a doente, a enfermaria, a secção e a data de qualquer audiência.
staff-cqc-heading = O que a Care Quality Commission verifica
staff-cqc = Os inspetores verificam se os doentes foram informados sobre os IMHA quando passaram a ter direito e outra vez mais tarde, se isso ficou registado, e se os doentes conseguiam chegar facilmente a um IMHA, incluindo através de um telefone em privado.
staff-print = Imprimir esta lista de verificação
# Links to the questions, to see what one patient can have.
staff-patient-link = Verificar o que um/a doente pode ter: o IMHA, os direitos do/a doente e os deveres dos profissionais

## Ward posters

poster-link = Fazer um cartaz para a enfermaria
poster-heading = Fazer um cartaz para a enfermaria
poster-intro = Faça um cartaz A4 com um código QR que abre este serviço no idioma certo e com os contactos do seu serviço local de IMHA.
poster-language-label = Idioma do cartaz
poster-provider-label = Serviço de IMHA
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = Nenhum destes: escreva abaixo os dados do serviço
poster-name-label = Nome do serviço de IMHA
poster-name-hint = Tal como deve aparecer no cartaz. Só é usado neste cartaz e não é guardado.
poster-phone-label = Número de telefone do serviço de IMHA
# A UK phone number example; keep the digits as they are.
poster-phone-hint = Um número do Reino Unido, por exemplo 0300 123 4567. Só é usado neste cartaz e não é guardado.
poster-phone-error = Escreva um número de telefone do Reino Unido, como 0300 123 4567 ou +44 300 123 4567
poster-url-label = Endereço público deste serviço na internet
poster-url-hint = O endereço que as pessoas vão abrir, começado por https://
poster-url-error = Escreva um endereço que comece por https://
poster-make = Fazer o cartaz
poster-print = Imprimir o cartaz
# The poster itself, in the chosen language.
poster-title = Quer ajuda para compreender os seus direitos?
poster-body = Um defensor independente de saúde mental pode dar-lhe ajuda. É gratuito. Os defensores não trabalham para o hospital.
poster-scan = Leia o código QR para saber se pode ter um defensor.
poster-or-visit = Ou vá a:
poster-call = Ou ligue para:
# For people who cannot scan the QR code.
poster-no-smartphone = Não tem smartphone? Peça a um enfermeiro que o ajude a contactar um defensor.
poster-qr-label = Código QR que abre o serviço
