# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar pode ter um defensor independente de saúde mental (IMHA)
        [staff] O/A doente pode ter um defensor independente de saúde mental (IMHA)
       *[patient] Pode ter um defensor independente de saúde mental (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar não pode ter um IMHA neste momento
        [staff] O/A doente não pode ter um IMHA neste momento
       *[patient] Neste momento, não pode ter um IMHA
    }
result-heading-unsure =
    { $audience ->
        [carer] Ainda não sabemos se a pessoa sobre quem está a perguntar pode ter um IMHA
        [staff] Ainda não sabemos se o/a doente pode ter um IMHA
       *[patient] Ainda não sabemos se pode ter um IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = Porquê

reason-liable-to-be-detained =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar tem de ficar no hospital ao abrigo de uma secção da Lei da Saúde Mental (Mental Health Act) que lhe dá direito a um defensor.
        [staff] O/A doente está sujeito/a a internamento compulsivo ao abrigo de uma secção que lhe dá direito a um IMHA.
       *[patient] Tem de ficar no hospital ao abrigo de uma secção da Lei da Saúde Mental (Mental Health Act) que lhe dá direito a um defensor.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está sob um poder de retenção (secção 4, 5(2) ou 5(4)). No País de Gales, as pessoas sob estes poderes podem ter um IMHA.
        [staff] O/A doente está sob um poder de retenção (secção 4, 5(2) ou 5(4)). No País de Gales, os doentes sob estes poderes são doentes compulsivos com direito a IMHA no País de Gales (Welsh qualifying compulsory patients) e podem ter um IMHA.
       *[patient] Está sob um poder de retenção (secção 4, 5(2) ou 5(4)). No País de Gales, as pessoas sob estes poderes podem ter um IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está sob um poder de retenção (secção 4, 5(2) ou 5(4)). Em Inglaterra, estes poderes não dão direito a um IMHA. Mesmo assim, a pessoa pode pedir outros serviços de defesa de direitos.
        [staff] O/A doente está sob um poder de retenção (secção 4, 5(2) ou 5(4)). Em Inglaterra, estes poderes não dão direito a um IMHA. Mesmo assim, pode pedir outros serviços de defesa de direitos.
       *[patient] Está sob um poder de retenção (secção 4, 5(2) ou 5(4)). Em Inglaterra, estes poderes não dão direito a um IMHA. Mesmo assim, pode pedir outros serviços de defesa de direitos.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está a ser mantida num local seguro (secção 135 ou 136). Em Inglaterra e no País de Gales, isto não dá direito a um IMHA. Mesmo assim, a pessoa pode pedir outros serviços de defesa de direitos.
        [staff] O/A doente está a ser mantido/a num local seguro (secção 135 ou 136). Os locais seguros não dão direito a um IMHA, nem em Inglaterra nem no País de Gales. Mesmo assim, pode pedir outros serviços de defesa de direitos.
       *[patient] Está a ser mantido/a num local seguro (secção 135 ou 136). Em Inglaterra e no País de Gales, isto não dá direito a um IMHA. Mesmo assim, pode pedir outros serviços de defesa de direitos.
    }
reason-community-patient =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar tem uma ordem de tratamento na comunidade (CTO). Isto quer dizer que vive fora do hospital, mas tem de cumprir certas condições. As pessoas com uma CTO podem ter um IMHA, mesmo quando recebem ordem para voltar ao hospital.
        [staff] O/A doente é um/a doente na comunidade (community patient), com uma ordem de tratamento na comunidade (CTO). Os doentes na comunidade podem ter um IMHA, incluindo durante o regresso obrigatório ao hospital (recall).
       *[patient] Tem uma ordem de tratamento na comunidade (CTO). Isto quer dizer que vive fora do hospital, mas tem de cumprir certas condições. As pessoas com uma CTO podem ter um IMHA, mesmo quando recebem ordem para voltar ao hospital.
    }
reason-guardianship =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está sob tutela. Isto quer dizer que um tutor tem alguns poderes legais sobre ela, ao abrigo da Lei da Saúde Mental (Mental Health Act). As pessoas sob tutela podem ter um IMHA.
        [staff] O/A doente está sob tutela ao abrigo da Lei da Saúde Mental (Mental Health Act). As pessoas sob tutela podem ter um IMHA.
       *[patient] Está sob tutela. Isto quer dizer que um tutor tem alguns poderes legais sobre si, ao abrigo da Lei da Saúde Mental (Mental Health Act). As pessoas sob tutela podem ter um IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] A secção da pessoa sobre quem está a perguntar tem restrições (limites extra impostos por um tribunal ou pelo governo), e a pessoa teve alta condicional (pôde sair do hospital com condições). Ainda pode receber ordem para voltar ao hospital, por isso a lei continua a considerar que está em internamento compulsivo. Isto quer dizer que pode ter um IMHA.
        [staff] O/A doente é um/a doente com restrições (restricted patient) em alta condicional. Continua sujeito/a a internamento compulsivo, por isso pode ter um IMHA.
       *[patient] A sua secção tem restrições (limites extra impostos por um tribunal ou pelo governo), e teve alta condicional (pôde sair do hospital com condições). Ainda pode receber ordem para voltar ao hospital, por isso a lei continua a considerar que está em internamento compulsivo. Isto quer dizer que pode ter um IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está a falar com um médico ou clínico aprovado (approved clinician: um profissional experiente, aprovado para usar a Lei da Saúde Mental, ou Mental Health Act) sobre uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino. Qualquer pessoa que fale destes tratamentos com um médico ou clínico aprovado pode ter um IMHA, mesmo que não esteja ao abrigo de uma secção.
        [staff] Um médico ou clínico aprovado (approved clinician) está a discutir com o/a doente uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino. Qualquer pessoa que discuta estes tratamentos com um médico ou clínico aprovado pode ter um IMHA, seja qual for a sua situação legal.
       *[patient] Um médico ou clínico aprovado (approved clinician: um profissional experiente, aprovado para usar a Lei da Saúde Mental, ou Mental Health Act) está a falar-lhe de uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino. Qualquer pessoa que fale destes tratamentos com um médico ou clínico aprovado pode ter um IMHA, mesmo que não esteja ao abrigo de uma secção.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar tem menos de 18 anos, e um médico ou clínico aprovado (approved clinician) está a falar com ela sobre ECT (terapia eletroconvulsiva). Qualquer pessoa com menos de 18 anos nesta situação pode ter um IMHA.
        [staff] O/A doente tem menos de 18 anos, e um médico ou clínico aprovado (approved clinician) está a discutir com o/a doente a ECT (terapia eletroconvulsiva). Qualquer pessoa com menos de 18 anos nesta situação pode ter um IMHA.
       *[patient] Tem menos de 18 anos, e um médico ou clínico aprovado (approved clinician) está a falar-lhe de ECT (terapia eletroconvulsiva). Qualquer pessoa com menos de 18 anos nesta situação pode ter um IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar tem 18 anos ou mais. Para adultos, falar sobre ECT (terapia eletroconvulsiva) não dá, por si só, direito a um IMHA.
        [staff] O/A doente tem 18 anos ou mais. Para adultos, uma conversa sobre ECT não dá, por si só, direito a um IMHA.
       *[patient] Tem 18 anos ou mais. Para adultos, falar sobre ECT (terapia eletroconvulsiva) não dá, por si só, direito a um IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está num hospital no País de Gales por causa da sua saúde mental. No País de Gales, todas as pessoas no hospital por causa da sua saúde mental podem ter um IMHA, mesmo que lá estejam por escolha própria (internamento voluntário).
        [staff] O/A doente está internado/a num hospital no País de Gales, para avaliação ou tratamento de uma perturbação mental. No País de Gales, todos estes doentes internados podem ter um IMHA, mesmo em internamento informal.
       *[patient] Está num hospital no País de Gales por causa da sua saúde mental. No País de Gales, todas as pessoas no hospital por causa da sua saúde mental podem ter um IMHA, mesmo que lá estejam por escolha própria (internamento voluntário).
    }
reason-informal-in-england =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está em internamento voluntário em Inglaterra. Isto quer dizer que está no hospital por escolha própria, e não ao abrigo de uma secção. Em Inglaterra, as pessoas em internamento voluntário não podem ter um IMHA, a não ser que um médico esteja a falar com elas sobre certos tratamentos. Mas outros serviços de defesa de direitos podem ajudar.
        [staff] O/A doente está em internamento informal (voluntário) em Inglaterra. Em Inglaterra, os doentes em internamento informal não podem ter um IMHA, a não ser que um médico ou clínico aprovado esteja a discutir certos tratamentos com eles, mas outros serviços de defesa de direitos podem ajudar.
       *[patient] Está em internamento voluntário em Inglaterra. Isto quer dizer que está no hospital por escolha própria, e não ao abrigo de uma secção. Em Inglaterra, as pessoas em internamento voluntário não podem ter um IMHA, a não ser que um médico esteja a falar com elas sobre certos tratamentos. Mas outros serviços de defesa de direitos podem dar-lhe ajuda.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está num hospital em Inglaterra por causa da sua saúde mental. Em Inglaterra, todas as pessoas no hospital por causa da sua saúde mental podem agora ter um IMHA, mesmo que lá estejam por escolha própria (internamento voluntário).
        [staff] O/A doente está internado/a num hospital em Inglaterra, para avaliação ou tratamento de uma perturbação mental, e não está sujeito/a a internamento compulsivo. Estes doentes em internamento informal podem agora ter um IMHA.
       *[patient] Está num hospital em Inglaterra por causa da sua saúde mental. Em Inglaterra, todas as pessoas no hospital por causa da sua saúde mental podem agora ter um IMHA, mesmo que lá estejam por escolha própria (internamento voluntário).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar não está sob uma secção, uma CTO, tutela ou alta condicional, e não está no hospital por causa da sua saúde mental. Só as pessoas nestas situações podem ter um IMHA.
        [staff] O/A doente não está em internamento compulsivo, não tem CTO, não está sob tutela nem em alta condicional, e não está internado/a por perturbação mental. Só os doentes nestas situações podem ter um IMHA.
       *[patient] Não está sob uma secção, uma CTO, tutela ou alta condicional, e não está no hospital por causa da sua saúde mental. Só as pessoas nestas situações podem ter um IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] A resposta depende de algo que ainda não sabemos acerca da pessoa sobre quem está a perguntar. Os profissionais da enfermaria podem dizer-lhe, e depois pode verificar outra vez.
        [staff] A resposta depende de algo que ainda não sabemos. Verifique as perguntas abaixo e responda outra vez.
       *[patient] A resposta depende de algo que ainda não sabemos. Os profissionais da enfermaria podem dizer-lhe, e depois pode verificar outra vez.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] O que verificar
       *[patient] O que perguntar aos profissionais da enfermaria
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] O hospital fica em Inglaterra ou no País de Gales? Se a pessoa sobre quem está a perguntar tiver uma CTO, pergunte pelo hospital responsável pela CTO. Se estiver sob tutela, pergunte se o município responsável pela tutela fica em Inglaterra ou no País de Gales.
        [staff] O hospital fica em Inglaterra ou no País de Gales? Para uma CTO, conta o hospital responsável (responsible hospital). Para a tutela, conta a autoridade local de serviços sociais responsável (responsible local social services authority).
       *[patient] Este hospital fica em Inglaterra ou no País de Gales? Se tiver uma CTO, pergunte pelo hospital responsável pela sua CTO. Se estiver sob tutela, pergunte se o município responsável pela tutela fica em Inglaterra ou no País de Gales.
    }
ask-which-section =
    { $audience ->
        [carer] Em que secção da Lei da Saúde Mental (Mental Health Act) está a pessoa sobre quem está a perguntar? A pessoa pode pedir para ver os documentos da sua secção ou o folheto sobre os seus direitos.
        [staff] Em que secção da Lei da Saúde Mental (Mental Health Act) está o/a doente? Consulte os documentos da secção.
       *[patient] Em que secção da Lei da Saúde Mental (Mental Health Act) estou? Peça para ver os documentos da sua secção ou o folheto sobre os seus direitos.
    }
ask-is-under-18 =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar tem menos de 18 anos? As regras sobre a ECT (terapia eletroconvulsiva) são diferentes para pessoas com menos de 18 anos.
        [staff] O/A doente tem menos de 18 anos? As regras sobre a ECT são diferentes para pessoas com menos de 18 anos.
       *[patient] Tem menos de 18 anos? As regras sobre a ECT (terapia eletroconvulsiva) são diferentes para pessoas com menos de 18 anos.
    }
ask-which-treatment =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar está a falar com um médico ou clínico aprovado (approved clinician) sobre ECT (terapia eletroconvulsiva)? Ou sobre uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino?
        [staff] Um médico ou clínico aprovado (approved clinician) está a discutir a ECT com o/a doente? Ou uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino?
       *[patient] Um médico ou clínico aprovado (approved clinician) está a falar comigo sobre ECT (terapia eletroconvulsiva)? Ou sobre uma cirurgia ao cérebro por perturbação mental, ou um implante de hormonas para reduzir o desejo sexual masculino?
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Estar de licença, fora do hospital (licença da secção 17), não muda isto. A pessoa sobre quem está a perguntar continua a poder ter um IMHA.
        [staff] A licença da secção 17 não muda isto. Um/a doente de licença continua sujeito/a a internamento compulsivo.
       *[patient] Estar de licença, fora do hospital (licença da secção 17), não muda isto. Continua a poder ter um IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Receber ordem para voltar ao hospital não põe fim à CTO da pessoa sobre quem está a perguntar. Continua a poder ter um IMHA.
        [staff] O regresso obrigatório ao hospital (recall) não põe fim à CTO. O/A doente continua a ser um/a doente na comunidade (community patient).
       *[patient] Receber ordem para voltar ao hospital não põe fim à sua CTO. Continua a poder ter um IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] A partir do momento em que dizem à pessoa sobre quem está a perguntar que o tratamento está planeado para ela, pode manter o seu IMHA até o plano ser abandonado, ou até o tratamento terminar ou ser interrompido.
        [staff] A partir do momento em que o/a doente é informado/a de que o tratamento é proposto, mantém o direito a um IMHA até a proposta ser retirada, ou até o tratamento ser concluído ou interrompido.
       *[patient] A partir do momento em que lhe dizem que o tratamento está planeado para si, pode manter o seu IMHA até o plano ser abandonado, ou até o tratamento terminar ou ser interrompido.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] Se depois a pessoa sobre quem está a perguntar tiver de ficar no hospital ao abrigo da secção 2 ou 3, terá direito a um IMHA. Se isso acontecer, verifique outra vez.
        [staff] Se depois o/a doente ficar em internamento compulsivo ao abrigo da secção 2 ou 3, terá direito a um IMHA. Se isso acontecer, volte a falar-lhe dos IMHA.
       *[patient] Se depois tiver de ficar no hospital ao abrigo da secção 2 ou 3, terá direito a um IMHA. Se isso acontecer, pergunte outra vez.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] O serviço de IMHA tem agora de providenciar que um IMHA visite a pessoa sobre quem está a perguntar, para saber se quer ajuda. A pessoa não tem de pedir primeiro.
        [staff] O serviço de IMHA (IMHA provider) tem agora de providenciar que um IMHA visite e entreviste o/a doente, para saber se quer ajuda (ou, se não tiver capacidade, se a ajuda é do seu superior interesse).
       *[patient] O serviço de IMHA tem agora de providenciar que um IMHA lhe faça uma visita, para saber se quer ajuda. Não tem de pedir primeiro.
    }

## The law the outcome is based on

result-basis-heading = A lei em que isto se baseia
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Lei da Saúde Mental de 1983 (Mental Health Act 1983), secção { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Lei da Saúde Mental de 1983 (Mental Health Act 1983), secção { $section } (acrescentada pelo Mental Health (Wales) Measure 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Código de Prática da Lei da Saúde Mental de 1983 (Mental Health Act 1983 Code of Practice), capítulo 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { ", " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Lei da Saúde Mental de 1983 (Mental Health Act 1983), secção { $section } (acrescentada pela Lei da Saúde Mental de 2025, Mental Health Act 2025)
result-not-legal-advice = Isto é informação, não é aconselhamento jurídico, e a lei aqui explicada pode mudar.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] O que a pessoa pode fazer em vez disso
        [staff] O que o/a doente pode fazer em vez disso
       *[patient] O que pode fazer em vez disso
    }
instead-ask-again =
    { $audience ->
        [carer] Se a situação da pessoa sobre quem está a perguntar mudar, por exemplo, se passar para a secção 2 ou 3, ou para uma CTO, verifique outra vez. Nesse caso, a pessoa talvez possa ter um IMHA.
        [staff] Se a situação legal do/a doente mudar, por exemplo, para a secção 2 ou 3, ou para uma CTO, verifique outra vez. Nesse caso, talvez possa ter um IMHA.
       *[patient] Se a sua situação mudar, por exemplo, se passar para a secção 2 ou 3, ou para uma CTO, verifique outra vez. Nesse caso, talvez possa ter um IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar pode pedir informações sobre outros serviços de defesa de direitos, como defensores na comunidade, ou um defensor que ajude com os cuidados e o apoio do município (em Inglaterra, isto está previsto na Lei dos Cuidados, ou Care Act). Muitos hospitais também têm um serviço de aconselhamento e ligação ao doente (Patient Advice and Liaison Service, PALS) que pode ajudar.
        [staff] O/A doente pode pedir informações sobre outros serviços de defesa de direitos, como defensores na comunidade, ou um defensor que ajude com os cuidados e o apoio do município (em Inglaterra, isto está previsto na Lei dos Cuidados, ou Care Act). O serviço de aconselhamento e ligação ao doente (Patient Advice and Liaison Service, PALS) do hospital, se existir, também pode ajudar.
       *[patient] Pode pedir informações sobre outros serviços de defesa de direitos, como defensores na comunidade, ou um defensor que ajude com os cuidados e o apoio do município (em Inglaterra, isto está previsto na Lei dos Cuidados, ou Care Act). Muitos hospitais também têm um serviço de aconselhamento e ligação ao doente (Patient Advice and Liaison Service, PALS) que pode ajudar.
    }
instead-imca =
    { $audience ->
        [carer] Se a pessoa sobre quem está a perguntar não for capaz de tomar uma decisão importante e não tiver mais ninguém que ajude, um defensor independente de capacidade mental (Independent Mental Capacity Advocate, IMCA) pode ajudar. É um serviço diferente do IMHA.
        [staff] Se o/a doente não tiver capacidade para tomar uma decisão importante e não houver mais ninguém a quem consultar, um defensor independente de capacidade mental (Independent Mental Capacity Advocate, IMCA) pode ajudar. É um serviço diferente do IMHA.
       *[patient] Se não for capaz de tomar uma decisão importante e não tiver mais ninguém que ajude, um defensor independente de capacidade mental (Independent Mental Capacity Advocate, IMCA) pode dar-lhe ajuda. É um serviço diferente do IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] Pode fazer uma queixa ao hospital ou ao serviço, e a pessoa sobre quem está a perguntar também pode. Se não ficar contente com a resposta, pode recorrer ao Parliamentary and Health Service Ombudsman (provedor que analisa queixas sobre os serviços de saúde), em Inglaterra, ou ao Public Services Ombudsman for Wales, em galês Ombwdsmon Gwasanaethau Cyhoeddus Cymru (provedor dos serviços públicos do País de Gales). As queixas sobre a forma como a Lei da Saúde Mental (Mental Health Act) foi usada são feitas à Care Quality Commission (CQC), em Inglaterra, ou à Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru), no País de Gales.
        [staff] O/A doente pode fazer uma queixa ao hospital ou ao serviço e, depois, ao Parliamentary and Health Service Ombudsman (Inglaterra) ou ao Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru). As queixas sobre o uso dos poderes da Lei da Saúde Mental (Mental Health Act) são feitas à CQC, em Inglaterra, ou à Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru).
       *[patient] Pode fazer uma queixa ao hospital ou ao serviço. Se não ficar contente com a resposta, pode recorrer ao Parliamentary and Health Service Ombudsman (provedor que analisa queixas sobre os serviços de saúde), em Inglaterra, ou ao Public Services Ombudsman for Wales, em galês Ombwdsmon Gwasanaethau Cyhoeddus Cymru (provedor dos serviços públicos do País de Gales). As queixas sobre a forma como a Lei da Saúde Mental (Mental Health Act) foi usada são feitas à Care Quality Commission (CQC), em Inglaterra, ou à Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru), no País de Gales.
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = A lei está a mudar
change-intro = A Lei da Saúde Mental de 2025 (Mental Health Act 2025) vai mudar parte disto. Cada mudança começa numa data definida pelo governo. Até lá, a lei é o que esta página diz.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = Oportunidades mais cedo de recorrer ao Tribunal para doentes com restrições em alta condicional cujas condições os privam da liberdade.
change-english-informal-patients = Um IMHA para doentes em internamento informal (voluntário) em hospitais de Inglaterra.
change-opt-out-advocacy = Em Inglaterra, um IMHA visita todos os doentes que podem ter um, sem esperar que lhe peçam.
change-more-help = Em Inglaterra, os IMHA ajudam os doentes a participar nas decisões sobre os seus cuidados e a fazer queixas, e informam-nos sobre outros serviços.
# "nominated person": "pessoa nomeada (nominated person)" is a draft term, for
# review. It is the new legal term of the Mental Health Act 2025: a person the
# patient chooses to replace the nearest relative.
change-nominated-person = Uma «pessoa nomeada» (nominated person), escolhida pelo/a doente, substitui o familiar mais próximo (nearest relative).
change-section-3-periods = A secção 3 dura 3 meses, depois 3 meses, depois 6 meses e, a seguir, um ano de cada vez.
change-tribunal-windows = Mais tempo para fazer um pedido ao Tribunal na secção 2 (21 dias), e uma primeira oportunidade mais cedo na secção 3 (nos primeiros 3 meses).
change-automatic-referrals = A administração do hospital envia casos ao Tribunal com mais frequência.
change-medication-second-opinion = Os medicamentos dados sem consentimento precisam de uma segunda opinião ao fim de 2 meses, e não de 3.
change-police-stations = Uma esquadra da polícia deixa de poder ser usada como local seguro.
change-complaints-information = Os doentes têm de ser informados sobre como fazer uma queixa.
change-detention-criteria = Critérios mais rigorosos para o internamento compulsivo, e o autismo ou uma dificuldade de aprendizagem, por si só, deixam de ser motivo para a secção 3 ou para uma CTO.
# $date is a day, written YYYY-MM-DD.
change-no-date = Ainda não começou: não foi definida nenhuma data.
change-starts = Ainda não começou: começa em { $date }.
change-in-force = Em vigor desde { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = O que fazer agora
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] A permanência num local seguro dura no máximo 24 horas, e um médico pode prolongá-la por mais 12 horas, no máximo. Pergunte aos profissionais que secção se aplica agora à pessoa sobre quem está a perguntar: se mudar, o direito dela a um IMHA também pode mudar.
        [staff] A permanência num local seguro dura no máximo 24 horas, e pode ser prolongada por mais 12 horas, no máximo. Quando a secção mudar, diga ao/à doente que secção se aplica e informe-o/a sobre os IMHA, se a nova secção lhe der esse direito.
       *[patient] A permanência num local seguro dura no máximo 24 horas, e um médico pode prolongá-la por mais 12 horas, no máximo. Pergunte aos profissionais que secção se aplica agora a si: se mudar, o seu direito a um IMHA também pode mudar.
    }
do-now-holding-power =
    { $audience ->
        [carer] Este poder de retenção dura pouco tempo: 72 horas para a secção 4 ou 5(2), 6 horas para a secção 5(4). Pergunte aos profissionais que secção se aplica agora à pessoa sobre quem está a perguntar: se mudar, o direito dela a um IMHA também pode mudar.
        [staff] Este poder de retenção dura no máximo 72 horas (secção 4 ou 5(2)) ou 6 horas (secção 5(4)). Quando a secção mudar, diga ao/à doente que secção se aplica e informe-o/a sobre os IMHA, se a nova secção lhe der esse direito.
       *[patient] Este poder de retenção dura pouco tempo: 72 horas para a secção 4 ou 5(2), 6 horas para a secção 5(4). Pergunte aos profissionais que secção se aplica agora a si: se mudar, o seu direito a um IMHA também pode mudar.
    }
contact-heading = Como contactar um serviço de IMHA
contact-default =
    { $audience ->
        [carer] Peça aos profissionais da enfermaria os contactos do serviço local de IMHA. Os profissionais têm de ajudar a pessoa sobre quem está a perguntar a contactar o serviço. A pessoa pode pedir ajuda para telefonar.
        [staff] Dê ao/à doente os contactos do serviço local de IMHA e ajude-o/a a contactar o serviço. Ofereça ajuda para telefonar.
       *[patient] Peça aos profissionais da enfermaria os contactos do seu serviço local de IMHA. Os profissionais têm de ajudar a contactar o serviço. Pode pedir ajuda para telefonar.
    }
contact-self-referral =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar pode contactar o serviço de IMHA diretamente, ou pedir a um enfermeiro que o faça por ela. Também pode ser você a pedir ao serviço de IMHA que visite a pessoa.
        [staff] O/A doente pode contactar o serviço de IMHA diretamente, ou pedir a um enfermeiro que o faça. Um familiar ou cuidador também pode pedir ao serviço de IMHA que visite o/a doente.
       *[patient] Pode contactar o serviço de IMHA diretamente, ou pedir a um enfermeiro que o faça por si. Um familiar ou cuidador também pode pedir ao serviço de IMHA que lhe faça uma visita.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Peça ao coordenador de cuidados (care coordinator), à equipa comunitária de saúde mental (community mental health team) ou ao assistente social da pessoa sobre quem está a perguntar os contactos do serviço local de IMHA, ou telefone para o hospital responsável pelos cuidados da pessoa. Em Inglaterra, é o município que organiza os serviços de IMHA; no País de Gales, é o conselho de saúde (health board).
        [staff] Dê ao/à doente os contactos do serviço local de IMHA e ajude-o/a a contactar o serviço. Em Inglaterra, é o município que organiza os serviços de IMHA; no País de Gales, é o conselho de saúde (health board).
       *[patient] Peça ao seu coordenador de cuidados (care coordinator), à sua equipa comunitária de saúde mental (community mental health team) ou ao seu assistente social os contactos do seu serviço local de IMHA, ou telefone para o hospital responsável pelos seus cuidados. Em Inglaterra, é o município que organiza os serviços de IMHA; no País de Gales, é o conselho de saúde (health board).
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] Se a pessoa sobre quem está a perguntar precisar de um intérprete, incluindo de língua gestual britânica (British Sign Language), pode pedi-lo. Os profissionais devem providenciá-lo, para que a pessoa compreenda os seus direitos e possa falar com o defensor.
        [staff] Se o/a doente precisar de um intérprete, incluindo de língua gestual britânica (British Sign Language), providencie-o, para que compreenda os seus direitos e possa falar com o defensor.
       *[patient] Se precisar de um intérprete, incluindo de língua gestual britânica (British Sign Language), pode pedi-lo. Os profissionais devem providenciá-lo, para que compreenda os seus direitos e possa falar com o defensor.
    }

## Actions

print-button = Imprimir ou guardar esta página
change-answers = Mudar as suas respostas

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] Os direitos da pessoa
        [staff] Os direitos do/a doente
       *[patient] Os seus direitos
    }
rights-intro =
    { $audience ->
        [carer] Estes são os principais direitos nesta situação. Um IMHA pode ajudar a pessoa sobre quem está a perguntar a compreendê-los e a usá-los.
        [staff] Estes são os principais direitos nesta situação. Um IMHA pode ajudar o/a doente a compreendê-los e a usá-los.
       *[patient] Estes são os principais direitos nesta situação. Um IMHA pode ajudar a compreendê-los e a usá-los.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Lei:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = O familiar mais próximo: quem é e o que pode fazer
nearest-relative-intro = A lei dá direitos próprios a um dos familiares da pessoa, o familiar mais próximo (nearest relative). Talvez seja o seu caso.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = O familiar mais próximo é a primeira pessoa desta lista: marido, mulher ou parceiro/a civil (civil partner) (ou, para quem não é casado nem está numa parceria civil, um/a companheiro/a com quem viva como casal há pelo menos 6 meses); filho ou filha; pai ou mãe; irmão ou irmã; avô ou avó; neto ou neta; tio ou tia; sobrinho ou sobrinha. Um familiar que viva com a pessoa ou que cuide dela vem primeiro. Entre dois familiares do mesmo tipo, vem primeiro o mais velho. Alguém que não é familiar, mas que vive com a pessoa há pelo menos 5 anos, vem em último lugar. Não contam: pessoas com menos de 18 anos (a não ser que sejam o marido, a mulher, o/a parceiro/a civil, o pai ou a mãe da pessoa), um marido, mulher ou parceiro/a civil que esteja separado/a dela de forma permanente, e alguém que não viva habitualmente no Reino Unido quando a pessoa vive lá.
nearest-relative-told-of-section-2 = Na secção 2, um profissional de saúde mental aprovado (approved mental health professional, AMHP) tem de tentar informar o familiar mais próximo do internamento e de que pode ordenar a alta da pessoa.
nearest-relative-consulted-before-section-3 = Antes de pedir um internamento na secção 3 ou uma tutela, o AMHP tem de consultar o familiar mais próximo, a não ser que isso não seja possível na prática ou cause um atraso não razoável. Se o familiar mais próximo se opuser, o AMHP não pode fazer o pedido, mas pode pedir ao tribunal civil local (county court) que nomeie outra pessoa como familiar mais próximo.
nearest-relative-ask-for-assessment = O familiar mais próximo pode pedir ao município da área onde a pessoa vive que um AMHP analise se ela deve ser internada no hospital ao abrigo da Lei da Saúde Mental (Mental Health Act). Se o AMHP não fizer o pedido, tem de dar as suas razões por escrito.
nearest-relative-order-discharge = O familiar mais próximo pode ordenar a alta da pessoa da secção 2, da secção 3 ou de uma CTO, por escrito à administração do hospital (hospital managers), com pelo menos 72 horas de antecedência. O clínico responsável (responsible clinician) pode impedi-la com um relatório, feito dentro dessas 72 horas, a dizer que é provável que a pessoa seja um perigo para si própria ou para outras pessoas. Nesse caso, o familiar mais próximo não pode voltar a ordenar a alta durante 6 meses.
nearest-relative-order-guardianship-discharge = O familiar mais próximo pode pôr fim à tutela com uma ordem por escrito. Não é preciso aviso prévio, e o clínico responsável não o pode impedir.
nearest-relative-tribunal-after-barring = Se o clínico responsável impedir o familiar mais próximo de dar alta a alguém da secção 3 ou de uma CTO, o familiar mais próximo pode fazer um pedido ao Tribunal no prazo de 28 dias a contar do momento em que foi informado.
nearest-relative-cannot-discharge-court-patient = O familiar mais próximo não pode ordenar a alta de alguém que um tribunal enviou para o hospital, ou que foi transferido da prisão.
nearest-relative-copy-of-information = O hospital tem de dar ao familiar mais próximo uma cópia da informação escrita que a pessoa recebe sobre os seus direitos, a não ser que a pessoa peça ao hospital que não o faça.
nearest-relative-county-court = Se não houver familiar mais próximo, ou se o familiar mais próximo não for adequado, a pessoa, outro familiar, alguém que viva com ela ou um AMHP pode pedir ao tribunal civil local (county court) que nomeie outra pessoa para agir como familiar mais próximo.
