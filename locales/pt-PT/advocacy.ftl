# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] O que um IMHA pode fazer pela pessoa
        [staff] O que um IMHA pode fazer pelo/a doente
       *[patient] O que um IMHA pode fazer para ajudar
    }
advocate-intro =
    { $audience ->
        [carer] Um IMHA é um defensor com formação, independente do hospital. A sua ajuda é gratuita. O que a pessoa sobre quem está a perguntar lhe disser fica em segredo, mas o IMHA pode ter de o partilhar se alguém estiver em risco grave.
        [staff] Um IMHA é um defensor com formação, independente do hospital. A sua ajuda é gratuita e confidencial, mas pode ter de partilhar informação se alguém estiver em risco grave.
       *[patient] Um IMHA é um defensor com formação, independente do hospital. A sua ajuda é gratuita. O que disser ao IMHA fica em segredo, mas o IMHA pode ter de o partilhar se alguém estiver em risco grave.
    }
advocate-understand-rights =
    { $audience ->
        [carer] Pode ajudar a pessoa sobre quem está a perguntar a compreender a sua secção, as condições ou limites que tem, e os seus direitos.
        [staff] Pode ajudar o/a doente a compreender a lei que se aplica ao seu caso, as condições ou restrições que tem, e os seus direitos.
       *[patient] Pode ajudar a compreender a sua secção, as condições ou limites que tem, e os seus direitos.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] Pode ajudar a pessoa sobre quem está a perguntar a saber mais sobre o seu tratamento: o que é, porque o está a fazer, que lei o permite, e que regras existem para a sua proteção.
        [staff] Pode ajudar o/a doente a obter informação sobre o seu tratamento: o que é dado, proposto ou discutido, porquê, com que autoridade legal, e as garantias que se aplicam.
       *[patient] Pode ajudar a saber mais sobre o seu tratamento: o que é, porque o está a fazer, que lei o permite, e que regras existem para a sua proteção.
    }
advocate-use-rights =
    { $audience ->
        [carer] Pode ajudar a pessoa sobre quem está a perguntar a usar os seus direitos, por exemplo, a fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção).
        [staff] Pode ajudar o/a doente a exercer os seus direitos, por exemplo, a fazer um pedido ao Tribunal.
       *[patient] Pode ajudar a usar os seus direitos, por exemplo, a fazer um pedido ao Tribunal (um painel independente que pode pôr fim à sua secção).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] Pode falar pela pessoa sobre quem está a perguntar, ou apoiá-la para que fale por si própria, por exemplo, em reuniões com os profissionais.
        [staff] Pode representar o/a doente e falar em seu nome, por exemplo, em reuniões com os profissionais.
       *[patient] Pode falar em seu nome, ou dar-lhe apoio para que fale por si, por exemplo, em reuniões com os profissionais.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] Pode ajudar a pessoa sobre quem está a perguntar a participar nas decisões sobre os seus cuidados e tratamento, incluindo falando por ela.
        [staff] Pode ajudar o/a doente a participar nas decisões sobre os seus cuidados e tratamento, incluindo representando-o/a.
       *[patient] Pode ajudar a participar nas decisões sobre os seus cuidados e tratamento, incluindo falando em seu nome.
    }
advocate-complain =
    { $audience ->
        [carer] Pode ajudar a pessoa sobre quem está a perguntar a fazer uma queixa sobre os seus cuidados ou tratamento.
        [staff] Pode ajudar o/a doente a fazer uma queixa sobre os seus cuidados ou tratamento, incluindo representando-o/a.
       *[patient] Pode ajudar a fazer uma queixa sobre os seus cuidados ou tratamento.
    }
advocate-other-services =
    { $audience ->
        [carer] Pode dizer à pessoa sobre quem está a perguntar que outros serviços a podem ajudar.
        [staff] Pode dar ao/à doente informação sobre outros serviços que estão ou podem vir a estar disponíveis para ele/a.
       *[patient] Pode dizer-lhe que outros serviços o/a podem ajudar.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] Pode encontrar-se em privado com a pessoa sobre quem está a perguntar. Também pode falar com os profissionais que a tratam.
        [staff] Pode visitar e entrevistar o/a doente em privado, e entrevistar os profissionais envolvidos no seu tratamento.
       *[patient] Pode ter encontros em privado com o IMHA. O IMHA também pode falar com os profissionais que lhe dão tratamento.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] Pode ver os registos da pessoa sobre quem está a perguntar, do hospital ou do município, se a pessoa concordar. Se a pessoa não for capaz de decidir, quem guarda os registos decide: só os registos que sejam relevantes, só se for adequado, e nunca contra uma decisão de alguém com poder legal para decidir por ela.
        [staff] Pode ver os registos do hospital e do município sobre o/a doente com o seu consentimento. Se o/a doente não tiver capacidade, quem guarda os registos decide se são relevantes para a ajuda do IMHA e se o acesso é adequado, e o acesso não pode ir contra uma decisão de um procurador (donee), de um representante nomeado pelo tribunal (deputy) ou do Court of Protection (o tribunal que decide por pessoas sem capacidade).
       *[patient] Pode ver os seus registos, do hospital ou do município, se concordar. Se não for capaz de decidir, quem guarda os registos decide: só os registos que sejam relevantes, só se for adequado, e nunca contra uma decisão de alguém com poder legal para decidir por si.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] O familiar mais próximo (nearest relative), o clínico responsável (responsible clinician) ou um profissional de saúde mental aprovado (approved mental health professional, AMHP) podem pedir a um IMHA que visite a pessoa sobre quem está a perguntar. Mesmo assim, a pessoa pode dizer que não à ajuda do IMHA.
        [staff] O familiar mais próximo (nearest relative), o clínico responsável (responsible clinician) ou um profissional de saúde mental aprovado (approved mental health professional, AMHP) podem pedir a um IMHA que visite o/a doente. Mesmo assim, o/a doente pode recusar a ajuda do IMHA.
       *[patient] O seu familiar mais próximo (nearest relative), o seu clínico responsável (responsible clinician) ou um profissional de saúde mental aprovado (approved mental health professional, AMHP) podem pedir a um IMHA que lhe faça uma visita. Mesmo assim, pode dizer que não à ajuda do IMHA.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar, o seu familiar mais próximo (nearest relative), o seu clínico responsável (responsible clinician), um profissional de saúde mental aprovado (approved mental health professional, AMHP), um assistente social, a administração do hospital (hospital managers) ou alguém com poder legal para decidir por ela podem pedir a um IMHA que faça uma visita. Mesmo assim, a pessoa pode dizer que não à ajuda do IMHA.
        [staff] O/A doente, o seu familiar mais próximo (nearest relative), o clínico responsável (responsible clinician), um AMHP, um assistente social que acompanhe o/a doente, a administração do hospital (hospital managers), ou o procurador (donee) ou representante nomeado pelo tribunal (deputy) do/a doente podem pedir a um IMHA que faça uma visita. Mesmo assim, o/a doente pode recusar a ajuda do IMHA.
       *[patient] Pode pedir a um IMHA que lhe faça uma visita. Também o podem fazer o seu familiar mais próximo (nearest relative), o seu clínico responsável (responsible clinician), um profissional de saúde mental aprovado (approved mental health professional, AMHP), um assistente social, a administração do hospital (hospital managers) ou alguém com poder legal para decidir por si. Mesmo assim, pode dizer que não à ajuda do IMHA.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar, o seu cuidador, um assistente social, a administração do hospital (hospital managers) ou alguém com poder legal para decidir por ela podem pedir a um IMHA que faça uma visita. Mesmo assim, a pessoa pode dizer que não à ajuda do IMHA.
        [staff] O/A doente, o seu cuidador, um assistente social que acompanhe o/a doente, a administração do hospital (hospital managers), ou o procurador (donee) ou representante nomeado pelo tribunal (deputy) do/a doente podem pedir a um IMHA que faça uma visita. Mesmo assim, o/a doente pode recusar a ajuda do IMHA.
       *[patient] Pode pedir a um IMHA que lhe faça uma visita. Também o podem fazer o seu cuidador, um assistente social, a administração do hospital (hospital managers) ou alguém com poder legal para decidir por si. Mesmo assim, pode dizer que não à ajuda do IMHA.
    }
# "nominated person": "pessoa nomeada (nominated person)" is a draft term, for
# review. It is the new legal term of the Mental Health Act 2025: a person the
# patient chooses to replace the nearest relative.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] A pessoa nomeada (nominated person), o clínico responsável (responsible clinician) ou um profissional de saúde mental aprovado (approved mental health professional, AMHP) podem pedir a um IMHA que visite a pessoa sobre quem está a perguntar. Mesmo assim, a pessoa pode dizer que não à ajuda do IMHA.
        [staff] A pessoa nomeada (nominated person), o clínico responsável (responsible clinician) ou um AMHP podem pedir a um IMHA que visite o/a doente. Mesmo assim, o/a doente pode recusar a ajuda do IMHA.
       *[patient] A sua pessoa nomeada (nominated person), o seu clínico responsável (responsible clinician) ou um profissional de saúde mental aprovado (approved mental health professional, AMHP) podem pedir a um IMHA que lhe faça uma visita. Mesmo assim, pode dizer que não à ajuda do IMHA.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar, a sua pessoa nomeada (nominated person), o seu clínico responsável (responsible clinician), um profissional de saúde mental aprovado (approved mental health professional, AMHP), um assistente social, a administração do hospital (hospital managers) ou alguém com poder legal para decidir por ela podem pedir a um IMHA que faça uma visita. Mesmo assim, a pessoa pode dizer que não à ajuda do IMHA.
        [staff] O/A doente, a sua pessoa nomeada (nominated person), o clínico responsável (responsible clinician), um AMHP, um assistente social que acompanhe o/a doente, a administração do hospital (hospital managers), ou o procurador (donee) ou representante nomeado pelo tribunal (deputy) do/a doente podem pedir a um IMHA que faça uma visita. Mesmo assim, o/a doente pode recusar a ajuda do IMHA.
       *[patient] Pode pedir a um IMHA que lhe faça uma visita. Também o podem fazer a sua pessoa nomeada (nominated person), o seu clínico responsável (responsible clinician), um profissional de saúde mental aprovado (approved mental health professional, AMHP), um assistente social, a administração do hospital (hospital managers) ou alguém com poder legal para decidir por si. Mesmo assim, pode dizer que não à ajuda do IMHA.
    }

## What an IMHA cannot do

advocate-limits-heading = O que um IMHA não pode fazer
advocate-not-a-lawyer =
    { $audience ->
        [carer] Um IMHA não é advogado. Pode ajudar a pessoa sobre quem está a perguntar a encontrar um advogado para o Tribunal.
        [staff] Um IMHA não é advogado e não substitui um advogado no Tribunal. Pode ajudar o/a doente a encontrar um advogado.
       *[patient] Um IMHA não é advogado. Pode ajudar a encontrar um advogado para o Tribunal.
    }
advocate-no-decisions =
    { $audience ->
        [carer] Um IMHA não pode tomar decisões no lugar da pessoa sobre quem está a perguntar, nem dizer aos profissionais o que fazer. Ajuda a garantir que a opinião da pessoa é ouvida.
        [staff] Um IMHA não pode tomar decisões no lugar do/a doente nem dizer aos profissionais o que fazer. Ajuda a garantir que a opinião do/a doente é ouvida.
       *[patient] Um IMHA não pode tomar decisões no seu lugar nem dizer aos profissionais o que fazer. Ajuda a garantir que a sua opinião é ouvida.
    }
advocate-can-say-no =
    { $audience ->
        [carer] A pessoa sobre quem está a perguntar pode dizer que não a um IMHA. Pode mudar de ideias mais tarde.
        [staff] O/A doente pode recusar a ajuda de um IMHA, e pode mudar de ideias mais tarde.
       *[patient] Pode dizer que não a um IMHA. Pode mudar de ideias mais tarde.
    }
advocate-not-imca = Um IMHA é diferente de um defensor independente de capacidade mental (Independent Mental Capacity Advocate, IMCA). Um IMCA ajuda pessoas que não são capazes de tomar uma decisão e não têm mais ninguém que as ajude. Uma pessoa pode ter os dois.

## What staff must do (shown to staff only)

duty-heading = O que os profissionais têm de fazer
duty-intro = A lei diz que a pessoa responsável tem de tomar as medidas que forem possíveis na prática para garantir que o/a doente compreende que ajuda um IMHA pode dar e como a pode obter.
duty-who-hospital-managers = Quem tem de o fazer: a administração do hospital (hospital managers). Na prática, normalmente são os profissionais da enfermaria que o fazem em seu nome.
duty-who-responsible-clinician = Quem tem de o fazer: o clínico responsável (responsible clinician) do/a doente, porque o/a doente teve alta condicional.
duty-who-local-authority = Quem tem de o fazer: a autoridade local de serviços sociais responsável (responsible local social services authority), ou seja, o município responsável pela tutela.
duty-who-responsible-hospital = Quem tem de o fazer: a administração do hospital responsável (o hospital responsável pela CTO do/a doente).
duty-who-doctor-discussing-treatment = Quem tem de o fazer: o médico ou clínico aprovado (approved clinician) que discute o tratamento com o/a doente.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = Quando: logo que seja possível na prática, depois de o/a doente passar a ter direito. Ou seja, quando fica em internamento compulsivo, quando passa a ter uma CTO, quando é colocado/a sob tutela, ou quando o tratamento é discutido. Para um/a doente em internamento informal no País de Gales, é quando é internado/a.
duty-orally-and-in-writing = Como: informe o/a doente oralmente e por escrito.
duty-copy-to-nearest-relative = A não ser que o/a doente lhe peça que não o faça, dê uma cópia da informação escrita à pessoa que parece ser o seu familiar mais próximo (nearest relative), quando for possível na prática. Faça-o quando informar o/a doente, ou num prazo razoável depois disso. Isto não se aplica a doentes em secções de tribunal ou de prisão.
duty-copy-to-nominated-person = A não ser que o/a doente lhe peça que não o faça, dê uma cópia da informação escrita à pessoa que parece ser a sua pessoa nomeada (nominated person). Faça-o quando informar o/a doente, ou num prazo razoável depois disso.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = A não ser que o/a doente lhe peça que não o faça, dê uma cópia da informação escrita às pessoas indicadas na secção 130L(6). Consulte o texto da secção para saber quem são.
duty-repeat-at-key-moments = Repita a informação em momentos importantes: na admissão, quando a secção muda, e antes das visitas médicas à enfermaria (ward rounds), das revisões da medicação, das renovações e das audiências do Tribunal.
duty-check-understanding = Verifique se o/a doente compreendeu. Se estiver demasiado doente para compreender, tente outra vez mais tarde. Use um intérprete ou informação em leitura fácil (easy read), se for preciso.
duty-help-to-contact = Ajude o/a doente a contactar o serviço de IMHA, por exemplo, dando-lhe acesso a um telefone em privado. Registe o que fez.
